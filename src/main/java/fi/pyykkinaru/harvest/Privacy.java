package fi.pyykkinaru.harvest;

import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal data kept only as long as needed. Per event, the names, e-mails and contacts of reporters, reported
 * parties and registrants are purged a set number of days after the event (the reports, slips' texts and counts
 * stay), and on request everything about one person is found and erased. Both go to the audit log.
 */
@Service
public class Privacy {

    private static final Logger LOG = LoggerFactory.getLogger(Privacy.class);
    static final String ERASED = "–";

    /** One place where a person's data was found. */
    public record Match(Kind kind, long id, String what) {
    }

    /** Where personal data lives. Labels are {@code privacy.kind.<NAME>}. */
    public enum Kind {
        SLIP, REGISTRATION, REPORT
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Privacy(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Days after the event's last day that its personal data is kept; null: until purged by hand. */
    @Transactional
    public void setRetentionDays(long eventId, @Nullable Integer days) {
        if (days != null && (days < 0 || days > 3650)) {
            throw new InvalidFollowUpException("privacy.error.days");
        }
        jdbc.sql("update stand_event set retention_days = ? where id = ?").params(days, eventId).update();
        audit.record("retention.set", "event " + eventId + ": " + (days == null ? "none" : days + " days"));
    }

    @Transactional(readOnly = true)
    public @Nullable Integer retentionDays(long eventId) {
        return jdbc.sql("select retention_days from stand_event where id = ?").param(eventId)
                .query((rs, row) -> (Integer) rs.getObject(1)).optional().orElse(null);
    }

    /** Every night, and when the server starts: purge the events whose time is up. */
    @Scheduled(cron = "0 15 3 * * *")
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void purgeDue() {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("select id, ends_on, retention_days from stand_event where retention_days is not null "
                        + "and personal_data_purged_at is null")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getObject(2, LocalDate.class).toEpochDay(), rs.getInt(3)})
                .list().stream()
                .filter(e -> LocalDate.ofEpochDay(e[1]).plusDays(e[2]).isBefore(today))
                .forEach(e -> {
                    purge(e[0]);
                    LOG.info("Purged the personal data of event {} ({} days after it ended)", e[0], e[2]);
                });
    }

    /** Purges the event's personal data now; returns the number of records changed. */
    @Transactional
    public int purge(long eventId) {
        int changed = jdbc.sql("update slip set owner_contact = null, reporter_name = null, reporter_email = null, "
                + "consent = false where event_id = ? and (owner_contact is not null or reporter_name is not null "
                + "or reporter_email is not null)").param(eventId).update();
        changed += jdbc.sql("update report set contact = null where event_id = ? and contact is not null").param(eventId).update();
        changed += anonymiseRegistrations("event_id = ? and name <> '" + ERASED + "'", eventId);
        jdbc.sql("update stand_event set personal_data_purged_at = ? where id = ?")
                .params(clock.instant().atOffset(ZoneOffset.UTC), eventId).update();
        audit.record("retention.purge", "event " + eventId + ": " + changed + " records");
        return changed;
    }

    /** Everything that names or reaches this person (a name, an e-mail or a phone number, any case). */
    @Transactional(readOnly = true)
    public List<Match> find(String person) {
        String needle = person.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 3) {
            return List.of();
        }
        String like = "%" + needle.replace("%", "").replace("_", "") + "%";
        List<Match> matches = new ArrayList<>();
        matches.addAll(jdbc.sql("select id, title from slip where lower(reporter_name) like ? or lower(reporter_email) like ? "
                        + "or lower(owner_contact) like ? order by id").params(like, like, like)
                .query((rs, row) -> new Match(Kind.SLIP, rs.getLong(1), rs.getString(2))).list());
        matches.addAll(jdbc.sql("select id, name from registration where lower(name) like ? or lower(email) like ? order by id")
                .params(like, like).query((rs, row) -> new Match(Kind.REGISTRATION, rs.getLong(1), rs.getString(2))).list());
        matches.addAll(jdbc.sql("select id, title from report where lower(contact) like ? order by id").param(like)
                .query((rs, row) -> new Match(Kind.REPORT, rs.getLong(1), rs.getString(2))).list());
        return matches;
    }

    /** Erases the person's data in the places found (and confirmed); the slips and reports themselves stay. */
    @Transactional
    public void erase(List<Match> confirmed) {
        for (Match match : confirmed) {
            switch (match.kind()) {
                case SLIP -> jdbc.sql("update slip set owner_contact = null, reporter_name = null, reporter_email = null, "
                        + "consent = false where id = ?").param(match.id()).update();
                case REPORT -> jdbc.sql("update report set contact = null where id = ?").param(match.id()).update();
                case REGISTRATION -> anonymiseRegistrations("id = ?", match.id());
            }
        }
        audit.record("erase", confirmed.size() + " records: " + confirmed.stream()
                .map(m -> m.kind().name().toLowerCase(Locale.ROOT) + " " + m.id()).toList());
    }

    /**
     * A registrant keeps only what counts (organisation type, region, languages); their badges' PDFs, which
     * carry the name, leave the print queue too.
     */
    private int anonymiseRegistrations(String condition, long value) {
        List<Long> ids = jdbc.sql("select id from registration where " + condition).param(value).query(Long.class).list();
        for (long id : ids) {
            List<Long> jobs = jdbc.sql("select id from print_job where kind = 'BADGE' and subject = ?")
                    .param("registration:" + id).query(Long.class).list();
            for (long job : jobs) {
                jdbc.sql("update print_job set reprint_of = null where reprint_of = ?").param(job).update();
            }
            jdbc.sql("delete from print_job where kind = 'BADGE' and subject = ?").param("registration:" + id).update();
        }
        if (!ids.isEmpty()) {
            // Sheets of many badges cannot be cut apart: they go as a whole.
            jdbc.sql("update print_job set reprint_of = null where reprint_of in (select id from print_job where kind = 'BADGE_SHEET')").update();
            jdbc.sql("delete from print_job where kind = 'BADGE_SHEET'").update();
        }
        return jdbc.sql("update registration set name = '" + ERASED + "', organisation = null, email = null, "
                + "email_consent = false where " + condition).param(value).update();
    }
}
