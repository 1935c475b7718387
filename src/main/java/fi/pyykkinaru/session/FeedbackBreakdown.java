package fi.pyykkinaru.session;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's feedback broken down as the events report it: by channel (kiosk, phone, and staff's paper and
 * remote counts), by region, and the comments. {@link Feedback} keeps the votes; this only reads them.
 */
@Service
public class FeedbackBreakdown {

    private final Feedback feedback;
    private final JdbcClient jdbc;

    FeedbackBreakdown(Feedback feedback, JdbcClient jdbc) {
        this.feedback = feedback;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public SessionFeedback of(Session session) {
        long id = session.requireId();
        Map<String, Map<Score, Long>> channels = new LinkedHashMap<>();
        add(channels, "select channel, score, count(*) from feedback_answer where session_id = ? group by channel, score", id);
        add(channels, "select channel, score, answers from feedback_tally where session_id = ?", id);
        // Staff's counts carry no region: by region covers the answers given at the stand and on phones.
        Map<String, Map<Score, Long>> regions = new LinkedHashMap<>();
        add(regions, "select coalesce(region, ''), score, count(*) from feedback_answer where session_id = ? "
                + "group by coalesce(region, ''), score", id);
        List<String> comments = jdbc.sql("select comment from feedback_answer where session_id = ? and comment is not null "
                + "order by answered_on, id").param(id).query((rs, row) -> rs.getString(1)).list();
        return new SessionFeedback(session, feedback.result(session), results(channels), results(regions), comments);
    }

    /** Adds the query's (group, score, count) rows to the groups' distributions. */
    private void add(Map<String, Map<Score, Long>> groups, String sql, long sessionId) {
        jdbc.sql(sql).param(sessionId).query((RowCallbackHandler) rs -> groups
                .computeIfAbsent(rs.getString(1), g -> new EnumMap<>(Score.class))
                .merge(Score.of(rs.getInt(2)), rs.getLong(3), Long::sum));
    }

    private static Map<String, FeedbackResult> results(Map<String, Map<Score, Long>> groups) {
        Map<String, FeedbackResult> results = new LinkedHashMap<>();
        groups.forEach((group, distribution) -> results.put(group, new FeedbackResult(distribution, 0)));
        return results;
    }
}
