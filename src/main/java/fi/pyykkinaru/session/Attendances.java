package fi.pyykkinaru.session;

import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.storage.StorageHealth;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's counts of who followed each session, on site and remotely, and the organisers' estimate of the event's
 * visitors: what the answers are divided by for a response rate. Every change is audited. Two people entering the
 * same count do not overwrite each other unseen: the later save, made on the older version, fails with
 * {@link OptimisticLockingFailureException} and changes nothing.
 */
@Service
public class Attendances {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final StorageHealth storage;
    private final Clock clock;

    Attendances(JdbcClient jdbc, AuditLog audit, StorageHealth storage, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.storage = storage;
        this.clock = clock;
    }

    /** The session's counts, or {@link SessionAttendance#none} before anyone entered them. */
    @Transactional(readOnly = true)
    public SessionAttendance of(Session session) {
        long id = session.requireId();
        return jdbc.sql("select session_id, on_site, remote, version from session_attendance where session_id = ?").param(id)
                .query((rs, row) -> row(rs)).optional().orElseGet(() -> SessionAttendance.none(id));
    }

    /** The counts of the event's sessions that have any, by session id. */
    @Transactional(readOnly = true)
    public Map<Long, SessionAttendance> ofEvent(long eventId) {
        Map<Long, SessionAttendance> counts = new LinkedHashMap<>();
        jdbc.sql("select a.session_id, a.on_site, a.remote, a.version from session_attendance a "
                        + "join programme_session s on s.id = a.session_id where s.event_id = ?").param(eventId)
                .query((rs, row) -> row(rs)).list().forEach(a -> counts.put(a.sessionId(), a));
        return counts;
    }

    /**
     * Saves the session's counts over the version the person started from (0 for a session without counts);
     * returns what is saved now.
     */
    @Transactional
    public SessionAttendance enter(Session session, @Nullable Integer onSite, @Nullable Integer remote, int startedFrom) {
        storage.requireWritable();
        SessionAttendance next = new SessionAttendance(session.requireId(), onSite, remote, startedFrom + 1);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        if (startedFrom == 0) {
            try {
                jdbc.sql("insert into session_attendance (session_id, on_site, remote, entered_at, version) values (?, ?, ?, ?, 1)")
                        .params(Arrays.asList(next.sessionId(), onSite, remote, now)).update();
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("Someone entered this session's attendance first", e);
            }
        } else {
            int updated = jdbc.sql("update session_attendance set on_site = ?, remote = ?, entered_at = ?, version = version + 1 "
                            + "where session_id = ? and version = ?")
                    .params(Arrays.asList(onSite, remote, now, next.sessionId(), startedFrom)).update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("This session's attendance changed since it was read");
            }
        }
        audit.record("attendance.session", "session " + session.token() + ": " + words(onSite) + " + " + words(remote));
        return next;
    }

    /** The organisers' estimate of the event's visitors, if given. */
    @Transactional(readOnly = true)
    public Optional<Integer> visitors(long eventId) {
        return jdbc.sql("select visitors from event_visitors where event_id = ?").param(eventId).query(Integer.class).optional();
    }

    /** Sets the estimate of the event's visitors, or with null forgets it. */
    @Transactional
    public void setVisitors(long eventId, @Nullable Integer visitors) {
        storage.requireWritable();
        if (!SessionAttendance.valid(visitors)) {
            throw new IllegalArgumentException("Visitors is a whole number from 0 to " + SessionAttendance.MAX);
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        if (visitors == null) {
            jdbc.sql("delete from event_visitors where event_id = ?").param(eventId).update();
        } else if (jdbc.sql("update event_visitors set visitors = ?, entered_at = ?, version = version + 1 where event_id = ?")
                .params(visitors, now, eventId).update() == 0) {
            jdbc.sql("insert into event_visitors (event_id, visitors, entered_at, version) values (?, ?, ?, 1)")
                    .params(eventId, visitors, now).update();
        }
        audit.record("attendance.visitors", "event " + eventId + ": " + words(visitors));
    }

    private static SessionAttendance row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SessionAttendance(rs.getLong(1), rs.getObject(2, Integer.class), rs.getObject(3, Integer.class), rs.getInt(4));
    }

    private static String words(@Nullable Integer count) {
        return count == null ? "–" : String.valueOf(count);
    }
}
