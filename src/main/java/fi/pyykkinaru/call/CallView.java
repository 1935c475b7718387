package fi.pyykkinaru.call;

import fi.pyykkinaru.event.Event;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every call page shows around its content: the event, the page's language and its links to the other
 * languages ({@code path}), the form token, and the privacy notice with how long this event keeps proposals.
 */
record CallView(CallText text, Event event, @Nullable CsrfToken csrf, String path) {

    String eventName() {
        return event.name(text.locale());
    }

    String languageHref(String lang) {
        return path + "?lang=" + lang;
    }

    /** How long the answers and contact are kept: the event's retention, or until its organisers remove them. */
    String retention() {
        Integer days = event.retentionDays();
        return days == null ? text.get("call.page.privacy.kept-until-removed")
                : text.get("call.page.privacy.kept-until", text.date(event.endsOn().plusDays(days)));
    }
}
