package fi.pyykkinaru.harvest;

import fi.pyykkinaru.badge.RegistrationExport;
import fi.pyykkinaru.clothesline.SlipExport;
import fi.pyykkinaru.session.FeedbackExport;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.text.ExportTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

/**
 * CSV exports of an event, as Excel in Finland opens them without asking: UTF-8 with a byte order mark,
 * semicolons. Each has an anonymised variant without personal data (names, e-mails, contacts, free-text
 * comments). The feature that owns the data makes the rows and knows which of them are personal; every export
 * is written to the audit log.
 */
@Service
public class Exports {

    /** What can be exported. */
    public enum Kind {
        SLIPS, REPORTS, FEEDBACK, REGISTRATIONS
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final SlipExport slips;
    private final ReportExport reports;
    private final FeedbackExport feedback;
    private final RegistrationExport registrations;
    private final AuditLog audit;

    Exports(SlipExport slips, ReportExport reports, FeedbackExport feedback, RegistrationExport registrations,
            AuditLog audit) {
        this.slips = slips;
        this.reports = reports;
        this.feedback = feedback;
        this.registrations = registrations;
        this.audit = audit;
    }

    public byte[] csv(Kind kind, long eventId, boolean anonymised) {
        ExportTable table = switch (kind) {
            case SLIPS -> slips.rows(eventId, anonymised);
            case REPORTS -> reports.rows(eventId, anonymised);
            case FEEDBACK -> feedback.rows(eventId, anonymised);
            case REGISTRATIONS -> registrations.rows(eventId, anonymised);
        };
        byte[] csv = write(table);
        audit.record(anonymised ? "export.anonymised" : "export", kind.name().toLowerCase(Locale.ROOT) + " of event " + eventId);
        return csv;
    }

    public static String fileName(Kind kind, String eventSlug, boolean anonymised) {
        return eventSlug + "-" + kind.name().toLowerCase(Locale.ROOT) + (anonymised ? "-anonymised" : "") + ".csv";
    }

    private static byte[] write(ExportTable table) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(BOM);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            printer.printRecord(table.columns());
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }
}
