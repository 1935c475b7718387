package fi.pyykkinaru.kiosk;

import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;

/**
 * The person in front of the stand right now. After an idle reset the next person is a new visitor, so that
 * on a shared kiosk each visitor's vote counts once and nobody changes the previous visitor's answer.
 */
public final class Visitor {

    private static final String ATTRIBUTE = "pyykkinaru.visitor";

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

    static void next() {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, null);
    }
}
