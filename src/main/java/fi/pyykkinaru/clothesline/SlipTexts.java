package fi.pyykkinaru.clothesline;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the slips on the wall say, for those who follow them up: the practices to report, a day's slips for its
 * summary, a line's answers. Only published slips: held and hidden ones are nobody's business but staff's.
 */
@Service
public class SlipTexts {

    private final SlipRepository slips;
    private final LineRepository lines;
    private final JdbcClient jdbc;
    private final Clock clock;

    SlipTexts(SlipRepository slips, LineRepository lines, JdbcClient jdbc, Clock clock) {
        this.slips = slips;
        this.lines = lines;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The slip, if it is a practice (not an answer) and hangs on the wall. */
    @Transactional(readOnly = true)
    public Optional<PracticeSlip> publishedPractice(long slipId) {
        return slips.findById(slipId)
                .filter(s -> s.status() == SlipStatus.PUBLISHED)
                .filter(s -> lines.findById(s.lineId()).map(l -> l.kind() == LineKind.PRACTICE).orElse(false))
                .map(s -> new PracticeSlip(s.requireId(), s.eventId(), s.title(), s.body(), s.organisation(),
                        s.ownerContact()));
    }

    /** The ids of the event's practices on the wall, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> publishedPracticeIds(long eventId) {
        return jdbc.sql("select s.id from slip s join clothesline l on l.id = s.line_id where s.event_id = ? "
                        + "and l.kind = 'PRACTICE' and s.status = 'PUBLISHED' order by s.id")
                .param(eventId).query((rs, row) -> rs.getLong(1)).list();
    }

    /** The slips on the wall that the filter takes, oldest first. */
    @Transactional(readOnly = true)
    public List<PublishedSlip> published(SlipFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.condition(params, clock.getZone());
        return jdbc.sql("select s.id, s.line_id, s.title, s.body, s.organisation from slip s where " + where
                        + " and s.status = 'PUBLISHED' order by s.id")
                .params(params).query((rs, row) -> new PublishedSlip(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /**
     * The slips on the wall written from {@code from} until (not at) {@code until} on a line, or at a stand when no
     * line is given, oldest first: what a network's takeover slot gathered.
     */
    @Transactional(readOnly = true)
    public List<TimedSlip> publishedBetween(long eventId, @Nullable Long lineId, @Nullable String stand, Instant from,
            Instant until) {
        List<Object> params = new ArrayList<>(List.of(eventId, utc(from), utc(until)));
        StringBuilder where = new StringBuilder("s.event_id = ? and s.created_at >= ? and s.created_at < ? "
                + "and s.status = 'PUBLISHED'");
        if (lineId != null) {
            where.append(" and s.line_id = ?");
            params.add(lineId);
        }
        if (stand != null) {
            where.append(" and s.stand = ?");
            params.add(stand);
        }
        return jdbc.sql("select s.id, s.created_at, s.title, s.body, s.organisation, "
                        + "string_agg(t.theme_code, ' ' order by t.theme_code) as themes from slip s "
                        + "left join slip_theme t on t.slip_id = s.id where " + where
                        + " group by s.id, s.created_at, s.title, s.body, s.organisation order by s.created_at, s.id")
                .params(params).query((rs, row) -> new TimedSlip(rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), themes(rs.getString(6))))
                .list();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static List<String> themes(@Nullable String codes) {
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.split(" "));
    }

    /** The line's answers on the wall with their region and themes, oldest first: what a brief may quote. */
    @Transactional(readOnly = true)
    public List<LineAnswer> publishedAnswers(long lineId) {
        return jdbc.sql("select s.id, s.title, s.body, s.region, string_agg(t.theme_code, ' ' order by t.theme_code) "
                        + "from slip s left join slip_theme t on t.slip_id = s.id where s.line_id = ? "
                        + "and s.status = 'PUBLISHED' group by s.id, s.title, s.body, s.region order by s.id")
                .param(lineId).query((rs, row) -> new LineAnswer(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), themes(rs.getString(5))))
                .list();
    }

    /** The titles (for an answer line, the answers) of the line's slips on the wall, oldest first. */
    @Transactional(readOnly = true)
    public List<String> publishedTitles(long lineId) {
        return jdbc.sql("select title from slip where line_id = ? and status = 'PUBLISHED' order by id")
                .param(lineId).query((rs, row) -> rs.getString(1)).list();
    }
}
