package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accessibility modes the person at the stand chose for themselves, and the speech rate. Like {@link Visitor}
 * they live in this kiosk's session, in memory, and end with the visit, so that the next person finds the stand as
 * it was set up. They are drawn as classes on {@code <html>} ({@code frontend/styles/a11y-modes.css} and
 * {@code frontend/src/pk-speech.js} read them there).
 */
public record VisitorAccess(Set<Mode> modes, Rate rate) {

    private static final String ATTRIBUTE = "pyykkinaru.visitor.access";

    public static final VisitorAccess NONE = new VisitorAccess(EnumSet.noneOf(Mode.class), Rate.NORMAL);

    public VisitorAccess {
        modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
    }

    /** A mode: its class on {@code <html>}, its switch's id (a test id) and the switch's text. */
    public enum Mode {
        LARGE("pk-a11y-large", "a11y-large-text", "a11y.large"),
        CONTRAST("pk-a11y-contrast", "a11y-contrast", "a11y.contrast"),
        STILL("pk-a11y-still", "a11y-motion", "a11y.still"),
        LOW_REACH("pk-a11y-low-reach", "a11y-low-reach", "a11y.low-reach"),
        SPEECH("pk-a11y-speech", "a11y-speech", "a11y.speech");

        final String cssClass;
        final String switchId;
        final String key;

        Mode(String cssClass, String switchId, String key) {
            this.cssClass = cssClass;
            this.switchId = switchId;
            this.key = key;
        }
    }

    /** Speech rate as a multiplier of espeak-ng's normal rate, as {@code data-pk-speech-rate} carries it. */
    public enum Rate {
        SLOW("0.7"), NORMAL("1"), FAST("1.4");

        private final String multiplier;

        Rate(String multiplier) {
            this.multiplier = multiplier;
        }

        public String multiplier() {
            return multiplier;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static VisitorAccess current() {
        Object access = VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
        return access instanceof VisitorAccess chosen ? chosen : NONE;
    }

    static void choose(VisitorAccess access) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, access.equals(NONE) ? null : access);
    }

    /** The visit ended: nothing of this visitor's choice is left for the next one. */
    static void forget() {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, null);
    }

    public boolean has(Mode mode) {
        return modes.contains(mode);
    }

    VisitorAccess toggled(Mode mode) {
        Set<Mode> next = EnumSet.noneOf(Mode.class);
        next.addAll(modes);
        if (!next.remove(mode)) {
            next.add(mode);
        }
        return new VisitorAccess(next, rate);
    }

    VisitorAccess withRate(Rate chosen) {
        return new VisitorAccess(modes, chosen);
    }

    /** Draws these modes on the screen's {@code <html>}, switching off whatever is not chosen. */
    void applyTo(UI ui) {
        ui.getPage().executeJs("""
                const html = document.documentElement;
                $0.split(' ').filter(c => c).forEach(c => html.classList.add(c));
                $1.split(' ').filter(c => c).forEach(c => html.classList.remove(c));
                html.setAttribute('data-pk-speech-rate', $2);""",
                classes(true), classes(false), rate.multiplier());
    }

    private String classes(boolean on) {
        return EnumSet.allOf(Mode.class).stream().filter(mode -> has(mode) == on).map(mode -> mode.cssClass)
                .collect(Collectors.joining(" "));
    }
}
