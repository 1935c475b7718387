package fi.pyykkinaru.kiosk;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.UUID;

/**
 * The person in front of the stand right now. After an idle reset the next person is a new visitor, so that
 * on a shared kiosk each visitor's vote counts once and nobody changes the previous visitor's answer. A visitor
 * who registers or shows their badge's QR here votes with the badge's voting secret until then, so their vote counts
 * once wherever they give it. All of it lives in this kiosk's session, in memory: nothing here is written down, which
 * is what keeps the marks made with it ({@code session.VoterTags}) beyond anybody reading the database.
 */
public final class Visitor {

    private static final String ATTRIBUTE = "pyykkinaru.visitor";
    private static final String BADGE = "pyykkinaru.visitor.badge";
    private static final String SECRET = "pyykkinaru.visitor.badge-secret";

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

    /**
     * The visitor typed this badge's code: the stand knows who they are, but a code is printed in letters and stored
     * with the registration, so it marks no vote; their votes stay this visitor's.
     */
    public static void badge(String badgeCode) {
        VaadinSession.getCurrent().setAttribute(BADGE, badgeCode);
        VaadinSession.getCurrent().setAttribute(SECRET, null);
    }

    /** The visitor showed (or just got) this badge with its voting secret, which their votes are marked with. */
    public static void badge(String badgeCode, String votingSecret) {
        VaadinSession.getCurrent().setAttribute(BADGE, badgeCode);
        VaadinSession.getCurrent().setAttribute(SECRET, votingSecret);
    }

    public static Optional<String> badge() {
        return Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(BADGE));
    }

    /** Who votes: the badge's voting secret when the visitor showed one, else this visitor at this stand. */
    public static String voterKey() {
        Object secret = VaadinSession.getCurrent().getAttribute(SECRET);
        return secret != null ? "badge:" + secret : "kiosk:" + current();
    }

    static void next() {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, null);
        VaadinSession.getCurrent().setAttribute(BADGE, null);
        VaadinSession.getCurrent().setAttribute(SECRET, null);
    }
}
