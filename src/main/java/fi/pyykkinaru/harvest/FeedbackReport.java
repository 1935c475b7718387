package fi.pyykkinaru.harvest;

import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback as the events report it: per session the answers, median and distribution, by channel (kiosk, phone,
 * paper, remote) and by region, and the comments; and the event's table of programme items with their medians.
 */
@Service
public class FeedbackReport {

    /** One session's feedback in full. */
    public record SessionFeedback(Session session, FeedbackResult result, Map<String, FeedbackResult> byChannel,
            Map<String, FeedbackResult> byRegion, List<String> comments) {
    }

    private final Sessions sessions;
    private final Feedback feedback;
    private final JdbcClient jdbc;

    FeedbackReport(Sessions sessions, Feedback feedback, JdbcClient jdbc) {
        this.sessions = sessions;
        this.feedback = feedback;
        this.jdbc = jdbc;
    }

    /** Every programme item with its result, in programme order. */
    @Transactional(readOnly = true)
    public Map<Session, FeedbackResult> table(long eventId) {
        Map<Session, FeedbackResult> table = new LinkedHashMap<>();
        sessions.programme(eventId).forEach(s -> table.put(s, feedback.result(s)));
        return table;
    }

    @Transactional(readOnly = true)
    public SessionFeedback of(Session session) {
        long id = session.requireId();
        Map<String, Map<Score, Long>> channels = new LinkedHashMap<>();
        jdbc.sql("select channel, score, count(*) from feedback_answer where session_id = ? group by channel, score")
                .param(id).query((rs, row) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)}).list()
                .forEach(r -> add(channels, (String) r[0], (int) r[1], (long) r[2]));
        jdbc.sql("select channel, score, answers from feedback_tally where session_id = ?")
                .param(id).query((rs, row) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)}).list()
                .forEach(r -> add(channels, (String) r[0], (int) r[1], (long) r[2]));
        Map<String, Map<Score, Long>> regions = new LinkedHashMap<>();
        jdbc.sql("select coalesce(region, ''), score, count(*) from feedback_answer where session_id = ? "
                        + "group by coalesce(region, ''), score")
                .param(id).query((rs, row) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)}).list()
                .forEach(r -> add(regions, (String) r[0], (int) r[1], (long) r[2]));
        List<String> comments = jdbc.sql("select comment from feedback_answer where session_id = ? and comment is not null "
                + "order by answered_on, id").param(id).query(String.class).list();
        return new SessionFeedback(session, feedback.result(session), results(channels), results(regions), comments);
    }

    private static void add(Map<String, Map<Score, Long>> groups, String group, int score, long count) {
        groups.computeIfAbsent(group, g -> new EnumMap<>(Score.class)).merge(Score.of(score), count, Long::sum);
    }

    private static Map<String, FeedbackResult> results(Map<String, Map<Score, Long>> groups) {
        Map<String, FeedbackResult> results = new LinkedHashMap<>();
        groups.forEach((group, distribution) -> results.put(group, new FeedbackResult(distribution, 0)));
        return results;
    }
}
