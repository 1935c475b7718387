package fi.pyykkinaru.clothesline;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slips of an event counted: by line, region, theme and hour, for the harvest's charts. Held slips count
 * (they were written at the stand), hidden ones do not. Days and hours are the event's, in the clock's zone.
 */
@Service
public class SlipTally {

    private final JdbcClient jdbc;
    private final Clock clock;

    SlipTally(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long count(SlipFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.condition(params, clock.getZone());
        return jdbc.sql("select count(*) from slip s where " + where + " and s.status <> 'HIDDEN'").params(params)
                .query(Long.class).single();
    }

    /** Line id → count for every line of the event, in the lines' order, lines without slips as 0. */
    @Transactional(readOnly = true)
    public Map<Long, Long> perLine(SlipFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.condition(params, clock.getZone());
        params.add(filter.eventId());
        Map<Long, Long> result = new LinkedHashMap<>();
        jdbc.sql("select l.id, count(s.id) from clothesline l left join slip s on s.line_id = l.id and " + where
                        + " and s.status <> 'HIDDEN' where l.event_id = ? group by l.id, l.sort_order order by l.sort_order")
                .params(params).query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** Region code → count, most common first; slips without a region under "". */
    @Transactional(readOnly = true)
    public Map<String, Long> perRegion(SlipFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.condition(params, clock.getZone());
        return named("select coalesce(s.region, ''), count(*) from slip s where " + where
                + " and s.status <> 'HIDDEN' group by coalesce(s.region, '') order by count(*) desc", params);
    }

    /** Theme code → count, most common first. */
    @Transactional(readOnly = true)
    public Map<String, Long> perTheme(SlipFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.condition(params, clock.getZone());
        return named("select t.theme_code, count(*) from slip s join slip_theme t on t.slip_id = s.id where " + where
                + " and s.status <> 'HIDDEN' group by t.theme_code order by count(*) desc", params);
    }

    /** Hour of the day (0–23) → count, in order; hours without slips are left out. */
    @Transactional(readOnly = true)
    public Map<Integer, Long> perHour(SlipFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.condition(params, clock.getZone());
        Map<Integer, Long> hours = new TreeMap<>();
        // Counted here rather than in SQL: the hour is the event's local one, and the databases say it differently.
        jdbc.sql("select s.created_at from slip s where " + where + " and s.status <> 'HIDDEN'").params(params)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).list()
                .forEach(at -> hours.merge(at.atZoneSameInstant(clock.getZone()).getHour(), 1L, Long::sum));
        return hours;
    }

    /** The stands that have pegged slips in the event, by name. */
    @Transactional(readOnly = true)
    public List<String> stands(long eventId) {
        return jdbc.sql("select distinct stand from slip where event_id = ? and stand is not null order by stand")
                .param(eventId).query((rs, row) -> rs.getString(1)).list();
    }

    private Map<String, Long> named(String sql, List<Object> params) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
