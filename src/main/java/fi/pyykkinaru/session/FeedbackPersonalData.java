package fi.pyykkinaru.session;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments of feedback answers: free text that may name the speaker, a colleague or the writer. They go with
 * the event's personal data (the letters to the responsible persons are made before) and on request; the scores,
 * counts and breakdowns stay. The version moves, so that an answer's stale copy cannot bring a comment back.
 */
@Component
class FeedbackPersonalData implements PersonalData {

    private static final String OF_EVENT = "comment is not null and session_id in"
            + " (select id from programme_session where event_id = :eventId)";

    private final JdbcClient jdbc;

    FeedbackPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "FEEDBACK";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        return jdbc.sql("update feedback_answer set comment = null, version = version + 1 where " + OF_EVENT)
                .param("eventId", eventId).update();
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return jdbc.sql("select count(*) from feedback_answer where " + OF_EVENT).param("eventId", eventId)
                .query(Integer.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return jdbc.sql("select id, comment from feedback_answer where lower(comment) like ? order by id")
                .param(PersonalData.contains(needle))
                .query((rs, row) -> new Match(kind(), rs.getString("id"), rs.getString("comment"))).list();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        jdbc.sql("update feedback_answer set comment = null, version = version + 1 where id = ?").param(ref).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return jdbc.sql("""
                        select s.title, a.score, a.channel, a.comment, a.region, a.organisation_type, a.attendance,
                               a.answered_on
                        from feedback_answer a join programme_session s on s.id = a.session_id where a.id = ?""")
                .param(ref).query((rs, row) -> PersonalData.fields("session", rs.getString("title"),
                        "score", rs.getInt("score"), "channel", rs.getString("channel"),
                        "comment", rs.getString("comment"), "region", rs.getString("region"),
                        "organisation_type", rs.getString("organisation_type"),
                        "attendance", rs.getString("attendance"), "answered_on", rs.getString("answered_on")))
                .optional().orElse(Map.of());
    }
}
