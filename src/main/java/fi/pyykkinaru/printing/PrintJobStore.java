package fi.pyykkinaru.printing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The print_job table. Every state change is one short transaction of its own (autocommit). */
@Repository
class PrintJobStore {

    private static final String COLUMNS = "id, kind, subject, title, media, state, attempts, last_error, printer_job_id, "
            + "reprint_of, created_at, changed_at, next_attempt_at, printer, node, cancel_asked";

    private final JdbcClient jdbc;

    PrintJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PrintDocument document, PrintState state, @Nullable Long reprintOf, @Nullable String printer,
            String node, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into print_job (kind, subject, title, purpose, media, document, state, attempts, reprint_of, "
                        + "created_at, changed_at, next_attempt_at, printer, node, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, 0)")
                .params(document.kind().name(), document.subject(), document.title(), document.kind().purpose().name(),
                        document.media(), document.pdf(), state.name())
                .param(reprintOf) // param, not params: only param takes a null
                .params(utc(now), utc(now), utc(now))
                .param(printer)
                .param(node)
                .update(key, "id");
        return Objects.requireNonNull(key.getKeyAs(Number.class), "an insert returns its id").longValue();
    }

    Optional<PrintJob> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from print_job where id = ?").param(id).query(PrintJobStore::row).optional();
    }

    byte[] document(long id) {
        return jdbc.sql("select document from print_job where id = ?").param(id).query(byte[].class).single();
    }

    List<PrintJob> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from print_job order by id desc limit ?").param(limit)
                .query(PrintJobStore::row).list();
    }

    List<PrintJob> of(PrintKind kind, String subject) {
        return jdbc.sql("select " + COLUMNS + " from print_job where kind = ? and subject = ? order by id")
                .params(kind.name(), subject).query(PrintJobStore::row).list();
    }

    /** Every job for each of these things, oldest first: one query for a whole list on screen. */
    List<PrintJob> of(PrintKind kind, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from print_job where kind = :kind and subject in (:subjects) order by id")
                .param("kind", kind.name()).param("subjects", List.copyOf(subjects)).query(PrintJobStore::row).list();
    }

    List<String> subjects(PrintKind kind) {
        return jdbc.sql("select distinct subject from print_job where kind = ? order by subject").param(kind.name())
                .query((rs, row) -> rs.getString(1)).list();
    }

    /**
     * Deletes the things' jobs, inside the caller's transaction (the erasure that asked) when there is one. A reprint points
     * back at its original, so those links are cut first; in slices, as a purge can name thousands of things
     * and databases cap the parameters of one statement.
     */
    int delete(PrintKind kind, Collection<String> subjects) {
        List<String> all = List.copyOf(subjects);
        int deleted = 0;
        for (int from = 0; from < all.size(); from += 500) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + 500));
            jdbc.sql("update print_job set reprint_of = null where reprint_of in "
                            + "(select id from print_job where kind = :kind and subject in (:subjects))")
                    .param("kind", kind.name()).param("subjects", slice).update();
            deleted += jdbc.sql("delete from print_job where kind = :kind and subject in (:subjects)")
                    .param("kind", kind.name()).param("subjects", slice).update();
        }
        return deleted;
    }

    /** This node's queued jobs whose time has come, and every job of its out at a printer, oldest first. */
    List<PrintJob> due(String node, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from print_job where node = ? and ((state = 'QUEUED' and next_attempt_at <= ?) "
                        + "or state in ('SENT', 'PRINTING')) order by id")
                .params(node, utc(now)).query(PrintJobStore::row).list();
    }

    /**
     * Makes the jobs of no node (queued before nodes were told apart) this node's: on one box, the box's own; where
     * several start at once, each job goes to exactly one of them.
     */
    int adopt(String node) {
        return jdbc.sql("update print_job set node = ? where node is null").param(node).update();
    }

    /** Marks a job at its printer to be cancelled there by its node; false when it has left the printer meanwhile. */
    boolean askCancel(PrintJob seen) {
        return jdbc.sql("update print_job set cancel_asked = true, version = version + 1 "
                        + "where id = ? and state in ('SENT', 'PRINTING')")
                .param(seen.id()).update() == 1;
    }

    /**
     * Moves a job on only if it is still in the state the caller saw, so that a staff action and the worker
     * never both win.
     */
    boolean move(PrintJob seen, PrintState state, int attempts, @Nullable String error, @Nullable Integer printerJobId,
            Instant now, Instant nextAttempt) {
        return jdbc.sql("update print_job set state = ?, attempts = ?, last_error = ?, printer_job_id = ?, changed_at = ?, "
                        + "next_attempt_at = ?, version = version + 1 where id = ? and state = ? and attempts = ?")
                .params(state.name(), attempts)
                .param(error) // param, not params: only param takes a null
                .param(printerJobId)
                .params(utc(now), utc(nextAttempt), seen.id(), seen.state().name(), seen.attempts())
                .update() == 1;
    }

    /**
     * Brings forward every queued job for a printer, e.g. when it comes back: those sent to its address, and those
     * of the purposes it is the settings file's printer for.
     */
    int wake(String node, String address, Collection<PrinterPurpose> defaultFor, Instant now) {
        List<String> purposes = defaultFor.stream().map(PrinterPurpose::name).toList();
        return jdbc.sql("update print_job set next_attempt_at = :now where node = :node and state = 'QUEUED' "
                        + "and next_attempt_at > :now "
                        + "and (printer = :address" + (purposes.isEmpty() ? "" : " or (printer is null and purpose in (:purposes))")
                        + ")")
                .param("now", utc(now)).param("node", node).param("address", address)
                .params(purposes.isEmpty() ? java.util.Map.of() : java.util.Map.of("purposes", purposes)).update();
    }

    /** The stands' printers that this node's queued or unfinished jobs are waiting for. */
    List<String> targets(String node) {
        return jdbc.sql("select distinct printer from print_job where node = ? and printer is not null "
                        + "and state in ('QUEUED', 'SENT', 'PRINTING')")
                .param(node).query((rs, row) -> rs.getString(1)).list();
    }

    private static PrintJob row(ResultSet rs, int row) throws SQLException {
        long reprintOf = rs.getLong("reprint_of");
        Long reprint = rs.wasNull() ? null : reprintOf;
        int printerJob = rs.getInt("printer_job_id");
        Integer printerJobId = rs.wasNull() ? null : printerJob;
        return new PrintJob(rs.getLong("id"), PrintKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                rs.getString("title"), rs.getString("media"), PrintState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs.getString("last_error"), printerJobId, reprint,
                instant(rs, "created_at"), instant(rs, "changed_at"), instant(rs, "next_attempt_at"),
                rs.getString("printer"), rs.getString("node"), rs.getBoolean("cancel_asked"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
