package fi.pyykkinaru.kiosk;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * The app's own not-found page for a route whose thing is not there (an unknown slip or session): HTTP 404 and a
 * way on, with a word of why in the visitor's language.
 */
public final class NotFound {

    static final String DEFAULT_REASON = "not-found.text";
    private static final String KEY = "pyykkinaru-i18n:";

    private NotFound() {
    }

    /** Shows the not-found page instead of the view, saying {@code reasonKey} (a translation key) as the reason. */
    public static void show(BeforeEnterEvent event, String reasonKey) {
        event.rerouteToError(NotFoundException.class, KEY + reasonKey);
    }

    static String reasonKey(@Nullable String message) {
        return message != null && message.startsWith(KEY) ? message.substring(KEY.length()) : DEFAULT_REASON;
    }
}
