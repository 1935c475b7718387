package fi.pyykkinaru.session.phone;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.session.AskedQuestion;
import fi.pyykkinaru.session.Session;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/** A session's questions as its moderator sees them on a phone ({@code moderate.jte}); each button posts to {@link #action()}. */
record ModeratorPage(PhoneText text, Event event, Session session, String key, @Nullable CsrfToken csrf,
        List<AskedQuestion> items, ModerationPolicy policy) {

    String action() {
        return "/s/" + session.token() + "/moderate/" + key;
    }

    String screen() {
        return "/s/" + session.token() + "/questions";
    }
}
