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
 * remote counts), by region, on site against remote with the remote respondents' regions, and the comments. {@link Feedback} keeps the votes; this only reads them.
 */
@Service
public class FeedbackBreakdown {

    /**
     * How an answer was followed: as the voter said, else by where it came from. The kiosk stands at the venue and
     * staff's paper forms are handed out in the room; a phone may be anywhere, so a phone vote that did not say
     * stays apart rather than being guessed.
     */
    private static final String FOLLOWED =
            "trim(coalesce(attendance, case channel when 'KIOSK' then 'ON_SITE' else '' end))";

    private final Feedback feedback;
    private final Attendances attendances;
    private final JdbcClient jdbc;

    FeedbackBreakdown(Feedback feedback, Attendances attendances, JdbcClient jdbc) {
        this.feedback = feedback;
        this.attendances = attendances;
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
        Map<String, Map<Score, Long>> followed = new LinkedHashMap<>();
        add(followed, "select followed, score, count(*) from (select " + FOLLOWED + " as followed, score from feedback_answer "
                + "where session_id = ?) a group by followed, score", id);
        // Trimmed, here and above: HSQLDB pads a CASE of literals to the longest one ("REMOTE ").
        add(followed, "select trim(case channel when 'REMOTE' then 'REMOTE' else 'ON_SITE' end), score, answers "
                + "from feedback_tally where session_id = ?", id);
        // Staff's remote counts carry no region: they stand as "not given" so the regions add up to the remote answers.
        Map<String, Map<Score, Long>> remoteRegions = new LinkedHashMap<>();
        add(remoteRegions, "select coalesce(region, ''), score, count(*) from feedback_answer where session_id = ? "
                + "and attendance = 'REMOTE' group by coalesce(region, ''), score", id);
        add(remoteRegions, "select '', score, answers from feedback_tally where session_id = ? and channel = 'REMOTE' "
                + "and answers > 0", id);
        return new SessionFeedback(session, feedback.result(session), results(channels), results(regions), comments,
                results(followed), mostFirst(results(remoteRegions)), attendances.of(session));
    }

    /** Adds the query's (group, score, count) rows to the groups' distributions. */
    private void add(Map<String, Map<Score, Long>> groups, String sql, long sessionId) {
        jdbc.sql(sql).param(sessionId).query((RowCallbackHandler) rs -> groups
                .computeIfAbsent(rs.getString(1), g -> new EnumMap<>(Score.class))
                .merge(Score.of(rs.getInt(2)), rs.getLong(3), Long::sum));
    }

    /** The groups with most answers first, and answers that did not say ("") last. */
    private static Map<String, FeedbackResult> mostFirst(Map<String, FeedbackResult> groups) {
        Map<String, FeedbackResult> sorted = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(java.util.Comparator.<Map.Entry<String, FeedbackResult>>comparingInt(e -> e.getKey().isEmpty() ? 1 : 0)
                        .thenComparing(e -> -e.getValue().count()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Map<String, FeedbackResult> results(Map<String, Map<Score, Long>> groups) {
        Map<String, FeedbackResult> results = new LinkedHashMap<>();
        groups.forEach((group, distribution) -> results.put(group, new FeedbackResult(distribution, 0)));
        return results;
    }
}
