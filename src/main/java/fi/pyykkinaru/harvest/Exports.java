package fi.pyykkinaru.harvest;

import fi.pyykkinaru.badge.RegistrationExport;
import fi.pyykkinaru.clothesline.SlipExport;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.privacy.SmallGroups;
import fi.pyykkinaru.session.FeedbackExport;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.text.ExportTable;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * CSV exports of an event, as Excel in Finland opens them without asking: UTF-8 with a byte order mark,
 * semicolons; and all of them as one Excel workbook, a sheet each, with typed cells. Each has an anonymised variant without personal data (names, e-mails, contacts, free-text
 * comments). The feature that owns the data makes the rows and knows which of them are personal; every export
 * is written to the audit log. In an anonymised variant a region, organisation type, channel or attendance that
 * fewer than {@link SmallGroups#min()} rows share (within a session, for feedback) reads "fewer than 5": the few
 * people it would point at stay among many.
 * <p>
 * The files are for people: headings and coded values (regions, statuses, channels, themes, languages) are in
 * the reader's language, yes and no are words, and times are the event's local time as {@code 2026-12-02 14:05},
 * a form every spreadsheet reads as a date and time whatever its language. Scores and counts are whole numbers,
 * so no decimal separator can be misread. The pre-registration import reads the registrations export back,
 * headings and labels included.
 */
@Service
public class Exports {

    /** What can be exported. */
    public enum Kind {
        SLIPS, REPORTS, FEEDBACK, REGISTRATIONS
    }

    private final SlipExport slips;
    private final ReportExport reports;
    private final FeedbackExport feedback;
    private final RegistrationExport registrations;
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The columns that sort people into groups; a small one in an anonymised export is shown only as small. */
    private static final List<String> GROUPING = List.of("region", "organisation_type", "channel", "attendance");
    /** The column whose rows are counted apart: a session's feedback is read session by session. */
    private static final String WITHIN = "session";

    private final AuditLog audit;
    private final Translations translations;
    private final SmallGroups smallGroups;
    private final Clock clock;

    Exports(SlipExport slips, ReportExport reports, FeedbackExport feedback, RegistrationExport registrations,
            AuditLog audit, Translations translations, SmallGroups smallGroups, Clock clock) {
        this.smallGroups = smallGroups;
        this.slips = slips;
        this.reports = reports;
        this.feedback = feedback;
        this.registrations = registrations;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    /** The export in the words of {@code locale}, the language of whoever downloads it. */
    public byte[] csv(Kind kind, Event event, boolean anonymised, Locale locale) {
        byte[] csv = words(table(kind, event, anonymised), event, anonymised, locale).csv(locale);
        audit.record(anonymised ? "export.anonymised" : "export", fileName(kind, event.slug(), anonymised));
        return csv;
    }

    /**
     * Every export of the event as one Excel workbook, a sheet per table named in {@code locale}: numbers are
     * numbers and times are dates and times, in the same words as the CSV files otherwise.
     */
    public byte[] xlsx(Event event, boolean anonymised, Locale locale) {
        Map<String, ExportTable> sheets = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            sheets.put(translations.getTranslation("exports." + kind.name().toLowerCase(Locale.ROOT), locale),
                    words(table(kind, event, anonymised), event, anonymised, locale));
        }
        byte[] xlsx = ExportTable.xlsx(sheets);
        audit.record(anonymised ? "export.anonymised" : "export", workbookName(event.slug(), anonymised));
        return xlsx;
    }

    private ExportTable table(Kind kind, Event event, boolean anonymised) {
        long eventId = event.requireId();
        return switch (kind) {
            case SLIPS -> slips.rows(eventId, anonymised);
            case REPORTS -> reports.rows(eventId, anonymised);
            case FEEDBACK -> feedback.rows(eventId, anonymised);
            case REGISTRATIONS -> registrations.rows(eventId, anonymised);
        };
    }

    /**
     * The table in the reader's words: headings and labels translated; numbers and (local) times keep their kind;
     * anonymised, small groups only said to be small.
     */
    private ExportTable words(ExportTable table, Event event, boolean anonymised, Locale locale) {
        Map<String, String> themes = event.themes().stream().collect(Collectors.toMap(Theme::code, t -> t.label().in(locale)));
        List<ExportTable.Column> header = table.header().stream().map(c -> ExportTable.Column.of(
                translations.getTranslation("export.column." + c.name(), locale),
                c.kind() == ExportTable.Kind.NUMBER || c.kind() == ExportTable.Kind.TIME ? c.kind() : ExportTable.Kind.TEXT))
                .toList();
        List<List<String>> lines = new ArrayList<>();
        for (List<String> row : table.rows()) {
            List<String> line = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                line.add(row.get(i).isEmpty() ? "" : cell(table.header().get(i), row.get(i), themes, locale));
            }
            lines.add(line);
        }
        if (anonymised) {
            hideSmallGroups(table.columns(), lines, locale);
        }
        return new ExportTable(header, lines);
    }

    /** Replaces, in each grouping column, the values fewer than the minimum rows share (within a session) with "fewer than 5". */
    private void hideSmallGroups(List<String> columns, List<List<String>> lines, Locale locale) {
        int within = columns.indexOf(WITHIN);
        String fewer = translations.getTranslation(SmallGroups.FEWER_THAN, locale, smallGroups.min());
        for (String grouping : GROUPING) {
            int column = columns.indexOf(grouping);
            if (column < 0) {
                continue;
            }
            Function<List<String>, List<String>> group = line -> List.of(within < 0 ? "" : line.get(within), line.get(column));
            Map<List<String>, Long> sizes = lines.stream().collect(Collectors.groupingBy(group, Collectors.counting()));
            for (List<String> line : lines) {
                // An empty cell (not given) points at nobody.
                if (!line.get(column).isEmpty() && smallGroups.small(sizes.getOrDefault(group.apply(line), 0L))) {
                    line.set(column, fewer);
                }
            }
        }
    }

    private String cell(ExportTable.Column column, String value, Map<String, String> themes, Locale locale) {
        return switch (column.kind()) {
            case TEXT, NUMBER -> value;
            case TIME -> TIME.format(Instant.parse(value).atZone(clock.getZone()));
            case YES_NO -> translations.getTranslation(Boolean.parseBoolean(value) ? "export.yes" : "export.no", locale);
            case LABEL -> translations.getTranslation(column.keyPrefix() + value, locale);
            case THEMES -> Arrays.stream(value.split("\\s+")).map(code -> themes.getOrDefault(code, code))
                    .collect(Collectors.joining(", "));
            case LANGUAGES -> Arrays.stream(value.split(",")).map(String::strip)
                    .map(code -> Locale.of(code).getDisplayLanguage(locale)).collect(Collectors.joining(", "));
        };
    }

    public static String fileName(Kind kind, String eventSlug, boolean anonymised) {
        return eventSlug + "-" + kind.name().toLowerCase(Locale.ROOT) + (anonymised ? "-anonymised" : "") + ".csv";
    }

    public static String workbookName(String eventSlug, boolean anonymised) {
        return eventSlug + "-harvest" + (anonymised ? "-anonymised" : "") + ".xlsx";
    }

}
