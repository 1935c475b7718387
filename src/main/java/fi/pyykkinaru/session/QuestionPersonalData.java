package fi.pyykkinaru.session;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visitors' questions to the speakers: free text that may name anyone. After the event their texts go with its
 * personal data and on request (a dash stays, so the counts of questions and votes stay true). Each erasure is told
 * as a change of the session's questions, so phones and the room's screen stop showing the text at once.
 */
@Component
class QuestionPersonalData implements PersonalData {

    private static final String OF_EVENT = "body <> '" + ERASED + "' and session_id in"
            + " (select id from programme_session where event_id = :eventId)";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    QuestionPersonalData(JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    @Override
    public String kind() {
        return "QUESTION";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        List<Long> sessions = jdbc.sql("select distinct session_id from session_question where " + OF_EVENT)
                .param("eventId", eventId).query((rs, row) -> rs.getLong(1)).list();
        int erased = jdbc.sql("update session_question set body = :erased, version = version + 1 where " + OF_EVENT)
                .param("erased", ERASED).param("eventId", eventId).update();
        sessions.forEach(session -> publisher.publishEvent(new QuestionsChanged(session)));
        return erased;
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return jdbc.sql("select count(*) from session_question where " + OF_EVENT).param("eventId", eventId)
                .query(Integer.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return jdbc.sql("select id, body from session_question where lower(body) like ? order by id")
                .param(PersonalData.contains(needle))
                .query((rs, row) -> new Match(kind(), rs.getLong("id"), rs.getString("body"))).list();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        long id = Long.parseLong(ref);
        jdbc.sql("update session_question set body = ?, version = version + 1 where id = ?").param(ERASED).param(id)
                .update();
        jdbc.sql("select session_id from session_question where id = ?").param(id).query(Long.class).optional()
                .ifPresent(session -> publisher.publishEvent(new QuestionsChanged(session)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return jdbc.sql("""
                        select s.title, q.body, q.status, q.answered, q.asked_at
                        from session_question q join programme_session s on s.id = q.session_id where q.id = ?""")
                .param(Long.parseLong(ref)).query((rs, row) -> PersonalData.fields("session", rs.getString("title"),
                        "question", rs.getString("body"), "status", rs.getString("status"),
                        "answered", rs.getBoolean("answered"), "asked_at", rs.getString("asked_at")))
                .optional().orElse(Map.of());
    }
}
