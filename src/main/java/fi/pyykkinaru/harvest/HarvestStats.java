package fi.pyykkinaru.harvest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The harvest counted: slips by line, region, theme and hour, feedback answers by session, registrations by
 * organisation type and region. Read straight from the features' tables (this is a report of them); hidden
 * slips do not count.
 */
@Service
public class HarvestStats {

    private final JdbcClient jdbc;
    private final Clock clock;

    HarvestStats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Slips per line, as line id → count, in the lines' order. */
    @Transactional(readOnly = true)
    public Map<Long, Long> slipsPerLine(HarvestFilter filter) {
        List<Object> params = HarvestFilter.params();
        String where = filter.slipCondition(params, clock.getZone());
        return counts("select l.id, count(s.id) from clothesline l left join slip s on s.line_id = l.id and " + where
                + " and s.status <> 'HIDDEN' where l.event_id = ? group by l.id, l.sort_order order by l.sort_order",
                append(params, filter.eventId()));
    }

    /** Slips per region code; slips without a region are counted under "". */
    @Transactional(readOnly = true)
    public Map<String, Long> slipsPerRegion(HarvestFilter filter) {
        List<Object> params = HarvestFilter.params();
        String where = filter.slipCondition(params, clock.getZone());
        return named("select coalesce(s.region, ''), count(*) from slip s where " + where
                + " and s.status <> 'HIDDEN' group by coalesce(s.region, '') order by count(*) desc", params);
    }

    /** Slips per theme code, most common first. */
    @Transactional(readOnly = true)
    public Map<String, Long> slipsPerTheme(HarvestFilter filter) {
        List<Object> params = HarvestFilter.params();
        String where = filter.slipCondition(params, clock.getZone());
        return named("select t.theme_code, count(*) from slip s join slip_theme t on t.slip_id = s.id where " + where
                + " and s.status <> 'HIDDEN' group by t.theme_code order by count(*) desc", params);
    }

    /** Slips per hour of the day (0–23, in the event's time zone). */
    @Transactional(readOnly = true)
    public Map<Integer, Long> slipsPerHour(HarvestFilter filter) {
        List<Object> params = HarvestFilter.params();
        String where = filter.slipCondition(params, clock.getZone());
        Map<Integer, Long> hours = new LinkedHashMap<>();
        jdbc.sql("select s.created_at from slip s where " + where + " and s.status <> 'HIDDEN'").params(params)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).list()
                .forEach(at -> hours.merge(at.atZoneSameInstant(clock.getZone()).getHour(), 1L, Long::sum));
        Map<Integer, Long> sorted = new LinkedHashMap<>();
        hours.keySet().stream().sorted().forEach(h -> sorted.put(h, hours.get(h)));
        return sorted;
    }

    @Transactional(readOnly = true)
    public long slipCount(HarvestFilter filter) {
        List<Object> params = HarvestFilter.params();
        String where = filter.slipCondition(params, clock.getZone());
        return jdbc.sql("select count(*) from slip s where " + where + " and s.status <> 'HIDDEN'").params(params)
                .query(Long.class).single();
    }

    /** Registrations per organisation type ("" for none given). */
    @Transactional(readOnly = true)
    public Map<String, Long> registrationsPerType(long eventId) {
        return named("select coalesce(organisation_type, ''), count(*) from registration where event_id = ? "
                + "group by coalesce(organisation_type, '') order by count(*) desc", List.of(eventId));
    }

    /** Registrations per region ("" for none given). */
    @Transactional(readOnly = true)
    public Map<String, Long> registrationsPerRegion(long eventId) {
        return named("select coalesce(region, ''), count(*) from registration where event_id = ? "
                + "group by coalesce(region, '') order by count(*) desc", List.of(eventId));
    }

    private Map<Long, Long> counts(String sql, List<Object> params) {
        Map<Long, Long> result = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private Map<String, Long> named(String sql, List<Object> params) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static List<Object> append(List<Object> params, Object value) {
        params.add(value);
        return params;
    }
}
