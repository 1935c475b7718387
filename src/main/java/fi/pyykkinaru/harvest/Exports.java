package fi.pyykkinaru.harvest;

import fi.pyykkinaru.staff.AuditLog;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * CSV exports of an event, as Excel in Finland opens them without asking: UTF-8 with a byte order mark,
 * semicolons. Each has an anonymised variant without personal data (names, e-mails, contacts, free-text
 * comments). Every export is written to the audit log.
 */
@Service
public class Exports {

    /** What can be exported. */
    public enum Kind {
        SLIPS, REPORTS, FEEDBACK, REGISTRATIONS
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Exports(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public byte[] csv(Kind kind, long eventId, boolean anonymised) {
        String sql = switch (kind) {
            case SLIPS -> {
                String personal = anonymised ? "" : ", s.owner_contact, s.reporter_name, s.reporter_email, s.consent";
                String columns = "s.id, l.code, s.title, s.body, s.organisation, s.ownership, s.region, s.status, s.stand, "
                        + "s.created_at" + personal;
                yield "select s.id, l.code as line, s.title, s.body, s.organisation, s.ownership, s.region, "
                        + "string_agg(t.theme_code, ' ' order by t.theme_code) as themes, s.status, s.stand, "
                        + "s.created_at" + personal + " from slip s join clothesline l on l.id = s.line_id "
                        + "left join slip_theme t on t.slip_id = s.id where s.event_id = ? group by " + columns + " order by s.id";
            }
            case REPORTS -> "select r.id, r.title, r.body, r.organisation, r.status, m.name as assignee, r.scheduled_for, "
                    + "r.published_url, r.published_on, r.declined_reason, r.hidden, "
                    + "(select count(*) from report_slip x where x.report_id = r.id) as slips"
                    + (anonymised ? "" : ", r.contact, r.received_text")
                    + " from report r left join production_member m on m.id = r.assignee_id where r.event_id = ? order by r.id";
            case FEEDBACK -> "select p.token as session, p.title as session_title, a.channel, a.score, a.region, "
                    + "a.organisation_type, a.attendance, a.answered_on" + (anonymised ? "" : ", a.comment")
                    + " from feedback_answer a join programme_session p on p.id = a.session_id where p.event_id = ? "
                    + "order by p.starts_at, a.answered_on";
            case REGISTRATIONS -> "select " + (anonymised ? "" : "name, email, badge_code, ")
                    + "organisation, organisation_type, region, languages, source, registered_at"
                    + " from registration where event_id = ? order by id";
        };
        byte[] csv = write(sql, eventId);
        audit.record(anonymised ? "export.anonymised" : "export", kind.name().toLowerCase(Locale.ROOT) + " of event " + eventId);
        return csv;
    }

    public static String fileName(Kind kind, String eventSlug, boolean anonymised) {
        return eventSlug + "-" + kind.name().toLowerCase(Locale.ROOT) + (anonymised ? "-anonymised" : "") + ".csv";
    }

    private byte[] write(String sql, long eventId) {
        StringWriter out = new StringWriter();
        jdbc.sql(sql).param(eventId).query((ResultSetExtractor<Boolean>) rs -> {
            // The header comes from the query itself, so an empty export still says what it would hold.
            ResultSetMetaData meta = rs.getMetaData();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    printer.print(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
                printer.println();
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        printer.print(text(rs, i));
                    }
                    printer.println();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant().toString();
        }
        if (value instanceof java.sql.Timestamp at) {
            return at.toInstant().toString();
        }
        return value.toString();
    }
}
