package fi.pyykkinaru.session;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        jdbc.sql("select channel, score, count(*) from feedback_answer where session_id = ? group by channel, score")
                .param(id).query((rs, row) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)}).list()
                .forEach(r -> add(channels, (String) r[0], (int) r[1], (long) r[2]));
        jdbc.sql("select channel, score, answers from feedback_tally where session_id = ?")
                .param(id).query((rs, row) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)}).list()
                .forEach(r -> add(channels, (String) r[0], (int) r[1], (long) r[2]));
        // Staff's counts carry no region: by region covers the answers given at the stand and on phones.
        Map<String, Map<Score, Long>> regions = new LinkedHashMap<>();
        jdbc.sql("select coalesce(region, ''), score, count(*) from feedback_answer where session_id = ? "
                        + "group by coalesce(region, ''), score")
                .param(id).query((rs, row) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)}).list()
                .forEach(r -> add(regions, (String) r[0], (int) r[1], (long) r[2]));
        List<String> comments = jdbc.sql("select comment from feedback_answer where session_id = ? and comment is not null "
                + "order by answered_on, id").param(id).query((rs, row) -> rs.getString(1)).list();
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
