package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accessibility modes the person at the stand chose for themselves: larger text, high contrast, no motion, low
 * reach, speech and its rate. Like {@link Visitor} they live in this kiosk's session, in memory, and end with the
 * visit, so that the next person finds the stand as it was set up. They are drawn as classes on {@code <html>}
 * ({@code frontend/styles/a11y-modes.css}, {@code frontend/src/pk-speech.js} read them there).
 */
public record VisitorAccess(boolean large, boolean contrast, boolean still, boolean lowReach, boolean speech,
        Rate rate) {

    private static final String ATTRIBUTE = "pyykkinaru.visitor.access";

    public static final VisitorAccess NONE = new VisitorAccess(false, false, false, false, false, Rate.NORMAL);

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
            return name().toLowerCase(java.util.Locale.ROOT);
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

    /** The classes on {@code <html>} and whether each is on, in the shared contract's names. */
    Map<String, Boolean> classes() {
        Map<String, Boolean> classes = new LinkedHashMap<>();
        classes.put("pk-a11y-large", large);
        classes.put("pk-a11y-contrast", contrast);
        classes.put("pk-a11y-still", still);
        classes.put("pk-a11y-low-reach", lowReach);
        classes.put("pk-a11y-speech", speech);
        return classes;
    }

    /** Draws these modes on the screen's {@code <html>}, switching off whatever is not chosen. */
    void applyTo(UI ui) {
        Map<String, Boolean> classes = classes();
        ui.getPage().executeJs("""
                const html = document.documentElement;
                const on = $0.split(' '), off = $1.split(' ');
                on.filter(c => c).forEach(c => html.classList.add(c));
                off.filter(c => c).forEach(c => html.classList.remove(c));
                html.setAttribute('data-pk-speech-rate', $2);""",
                names(classes, true), names(classes, false), rate.multiplier());
    }

    private static String names(Map<String, Boolean> classes, boolean on) {
        return String.join(" ", classes.entrySet().stream().filter(e -> e.getValue() == on).map(Map.Entry::getKey)
                .toList());
    }

    VisitorAccess withLarge(boolean on) {
        return new VisitorAccess(on, contrast, still, lowReach, speech, rate);
    }

    VisitorAccess withContrast(boolean on) {
        return new VisitorAccess(large, on, still, lowReach, speech, rate);
    }

    VisitorAccess withStill(boolean on) {
        return new VisitorAccess(large, contrast, on, lowReach, speech, rate);
    }

    VisitorAccess withLowReach(boolean on) {
        return new VisitorAccess(large, contrast, still, on, speech, rate);
    }

    VisitorAccess withSpeech(boolean on) {
        return new VisitorAccess(large, contrast, still, lowReach, on, rate);
    }

    VisitorAccess withRate(Rate chosen) {
        return new VisitorAccess(large, contrast, still, lowReach, speech, chosen);
    }
}
