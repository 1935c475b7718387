package fi.pyykkinaru.kiosk;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.UUID;

/**
 * The person in front of the stand right now. After an idle reset the next person is a new visitor, so that
 * on a shared kiosk each visitor's vote counts once and nobody changes the previous visitor's answer. A visitor
 * who registers or shows their badge here is known by the badge code until then, so their vote counts once
 * wherever they give it.
 */
public final class Visitor {

    private static final String ATTRIBUTE = "pyykkinaru.visitor";
    private static final String BADGE = "pyykkinaru.visitor.badge";

    private Visitor() {
    }

    public static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object id = session.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID().toString();
            session.setAttribute(ATTRIBUTE, id);
        }
        return id.toString();
    }

    /** The visitor showed (or just got) this badge. */
    public static void badge(String badgeCode) {
        VaadinSession.getCurrent().setAttribute(BADGE, badgeCode);
    }

    public static Optional<String> badge() {
        return Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(BADGE));
    }

    /** Who votes: the badge code when the visitor gave one, else this visitor at this stand. */
    public static String voterKey() {
        return badge().map(code -> "badge:" + code).orElseGet(() -> "kiosk:" + current());
    }

    static void next() {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, null);
        VaadinSession.getCurrent().setAttribute(BADGE, null);
    }
}
