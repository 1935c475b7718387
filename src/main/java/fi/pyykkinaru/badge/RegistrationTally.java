package fi.pyykkinaru.badge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An event's registrations counted by organisation type and by region, most common first; "" for none given. */
@Service
public class RegistrationTally {

    private final JdbcClient jdbc;

    RegistrationTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Organisation type name → count. */
    @Transactional(readOnly = true)
    public Map<String, Long> perType(long eventId) {
        return counts("select coalesce(organisation_type, ''), count(*) from registration where event_id = ? "
                + "group by coalesce(organisation_type, '') order by count(*) desc", eventId);
    }

    /** Region name → count. */
    @Transactional(readOnly = true)
    public Map<String, Long> perRegion(long eventId) {
        return counts("select coalesce(region, ''), count(*) from registration where event_id = ? "
                + "group by coalesce(region, '') order by count(*) desc", eventId);
    }

    private Map<String, Long> counts(String sql, long eventId) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql(sql).param(eventId).query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
