package fi.pyykkinaru.harvest;

import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event's table of programme items with their feedback results, for the harvest's chart, page and summary. */
@Service
public class FeedbackTable {

    private final Sessions sessions;
    private final Feedback feedback;

    FeedbackTable(Sessions sessions, Feedback feedback) {
        this.sessions = sessions;
        this.feedback = feedback;
    }

    /** Every programme item with its result, in programme order. */
    @Transactional(readOnly = true)
    public Map<Session, FeedbackResult> table(long eventId) {
        Map<Session, FeedbackResult> table = new LinkedHashMap<>();
        sessions.programme(eventId).forEach(s -> table.put(s, feedback.result(s)));
        return table;
    }
}
