package fi.pyykkinaru.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What organisers and staff did with people's data and the reports: exports, merges, deletions, hides. */
@Service
public class AuditLog {

    /** One line of the log. */
    public record Entry(Instant at, String actor, String action, String target) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an action by whoever is signed in on this thread, in the action's own transaction. Not in a new
     * one: HSQLDB can deadlock a second transaction of the same thread against a visitor's request waiting for
     * the first. Callers that only read therefore do not hold a read-only transaction open around this.
     */
    @Transactional
    public void record(String action, String target) {
        jdbc.sql("insert into audit_entry (happened_at, actor, action, target) values (?, ?, ?, ?)")
                .params(clock.instant().atOffset(ZoneOffset.UTC), actor(), action, truncate(target)).update();
    }

    /** Whoever is signed in on this thread; "system" for start-up and scheduled work. */
    static String actor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "system" : who.getName();
    }

    public List<Entry> recent(int limit) {
        return jdbc.sql("select happened_at, actor, action, target from audit_entry order by id desc limit ?").param(limit)
                .query((rs, row) -> new Entry(rs.getObject("happened_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("target"))).list();
    }

    private static String truncate(String target) {
        return target.length() <= 400 ? target : target.substring(0, 399) + "…";
    }
}
