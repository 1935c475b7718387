package fi.pyykkinaru.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.text.CsvFiles;
import fi.pyykkinaru.text.PlainText;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a programme from CSV (header row; comma or semicolon, as Excel writes it in Finland) or iCalendar.
 * Every row is checked first; if any is bad, nothing is imported and each problem is reported by its line.
 */
@Service
public class ProgrammeImport {

    /** The CSV columns; only title, start and end are required. */
    public static final List<String> COLUMNS = List.of("title", "description", "start", "end", "room",
            "responsible_name", "responsible_email", "organisation", "origin", "language");
    static final int TITLE_MAX = 200;
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[' ']['T']H:mm[:ss]");
    private static final Map<String, SessionOrigin> ORIGINS = Map.of("open-call", SessionOrigin.OPEN_CALL,
            "open_call", SessionOrigin.OPEN_CALL, "avoin haku", SessionOrigin.OPEN_CALL, "organiser",
            SessionOrigin.ORGANISER, "järjestäjä", SessionOrigin.ORGANISER);

    private final SessionRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeImport(SessionRepository repository, Clock clock, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ImportResult csv(long eventId, InputStream in) {
        List<Session> sessions = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try {
            try (CSVParser parser = CsvFiles.read(in)) {
                List<String> missing = List.of("title", "start", "end").stream()
                        .filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
                if (!missing.isEmpty()) {
                    return save(eventId, List.of(), List.of(ImportProblem.of(1, "import.error.columns",
                            String.join(", ", missing), String.join(", ", COLUMNS))));
                }
                for (CSVRecord record : parser) {
                    int line = (int) record.getParser().getCurrentLineNumber();
                    row(eventId, line, name -> record.isMapped(name) && record.isSet(name) ? record.get(name) : null,
                            sessions, problems);
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(ImportProblem.of(0, "import.error.unreadable"));
        }
        return save(eventId, sessions, problems);
    }

    @Transactional
    public ImportResult ics(long eventId, InputStream in) {
        List<Session> sessions = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try {
            Calendar calendar = new CalendarBuilder().build(in);
            int number = 0;
            for (var component : calendar.getComponents()) {
                if (!(component instanceof VEvent event)) {
                    continue;
                }
                number++;
                Optional<DtStart<Temporal>> start = event.getProperty(Property.DTSTART);
                Optional<Instant> end = event.getEndDate(true).map(d -> instant(d.getDate()));
                Map<String, @Nullable String> fields = new java.util.HashMap<>();
                fields.put("title", value(event, Property.SUMMARY));
                fields.put("description", value(event, Property.DESCRIPTION));
                fields.put("room", value(event, Property.LOCATION));
                fields.put("responsible_email", Optional.ofNullable(value(event, Property.ORGANIZER))
                        .map(o -> o.replaceFirst("(?i)^mailto:", "")).orElse(null));
                fields.put("start", start.map(s -> instant(s.getDate())).map(Instant::toString).orElse(null));
                fields.put("end", end.map(Instant::toString).orElse(null));
                row(eventId, number, fields::get, sessions, problems);
            }
        } catch (IOException | ParserException | RuntimeException e) {
            problems.add(ImportProblem.of(0, "import.error.unreadable"));
        }
        return save(eventId, sessions, problems);
    }

    private ImportResult save(long eventId, List<Session> sessions, List<ImportProblem> problems) {
        if (!problems.isEmpty() || sessions.isEmpty()) {
            audit.record("programme.import", "event " + eventId + ": 0 records", AuditLog.Outcome.REFUSED);
            return new ImportResult(List.of(), problems.isEmpty() ? List.of(ImportProblem.of(0, "import.error.empty")) : problems);
        }
        List<Session> saved = repository.saveAll(sessions);
        audit.record("programme.import", "event " + eventId + ": " + saved.size() + " records");
        return new ImportResult(saved, List.of());
    }

    private void row(long eventId, int line, java.util.function.Function<String, @Nullable String> field,
            List<Session> sessions, List<ImportProblem> problems) {
        int before = problems.size();
        String title = tidy(field.apply("title"));
        if (title == null) {
            problems.add(ImportProblem.of(line, "import.error.title"));
        } else if (PlainText.length(title) > TITLE_MAX) {
            problems.add(ImportProblem.of(line, "import.error.title-long", TITLE_MAX));
        }
        Instant start = time(field.apply("start"), line, "start", problems);
        Instant end = time(field.apply("end"), line, "end", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(ImportProblem.of(line, "import.error.end-before-start"));
        }
        String email = tidy(field.apply("responsible_email"));
        if (email != null && !PlainText.isPlausibleEmail(email)) {
            problems.add(ImportProblem.of(line, "import.error.email", email));
        }
        String originText = tidy(field.apply("origin"));
        SessionOrigin origin = SessionOrigin.ORGANISER;
        if (originText != null) {
            origin = ORIGINS.get(originText.toLowerCase(Locale.ROOT));
            if (origin == null) {
                problems.add(ImportProblem.of(line, "import.error.origin", originText));
            }
        }
        for (String column : List.of("title", "description", "room", "responsible_name", "organisation")) {
            String text = field.apply(column);
            if (text != null && PlainText.hasControlCharacters(text, column.equals("description"))) {
                problems.add(ImportProblem.of(line, "import.error.control", column));
            }
        }
        String language = Optional.ofNullable(tidy(field.apply("language"))).orElse("fi").toLowerCase(Locale.ROOT);
        if (!List.of("fi", "sv", "en").contains(language)) {
            problems.add(ImportProblem.of(line, "import.error.language", language));
        }
        if (problems.size() == before) {
            // a missing title, time or origin is a problem above, so with none each of them is there
            sessions.add(new Session(null, eventId, SessionTokens.next(), Objects.requireNonNull(title),
                    tidy(field.apply("description")), Objects.requireNonNull(start), Objects.requireNonNull(end),
                    tidy(field.apply("room")), tidy(field.apply("responsible_name")), email,
                    tidy(field.apply("organisation")), Objects.requireNonNull(origin), language, 0));
        }
    }

    private @Nullable Instant time(@Nullable String text, int line, String column, List<ImportProblem> problems) {
        String value = tidy(text);
        if (value == null) {
            problems.add(ImportProblem.of(line, "import.error.time-missing", column));
            return null;
        }
        try {
            Instant time = value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(value).toInstant()
                    : LocalDateTime.parse(value, LOCAL).atZone(clock.getZone()).toInstant();
            // Year 999999999 parses, but no database column holds it: refused here, not when saving.
            if (time.isBefore(EARLIEST) || !time.isBefore(LATEST)) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            return time;
        } catch (DateTimeParseException e) {
            problems.add(ImportProblem.of(line, "import.error.time", column, value));
            return null;
        }
    }

    private Instant instant(Temporal temporal) {
        return switch (temporal) {
            case Instant i -> i;
            case ZonedDateTime z -> z.toInstant();
            case OffsetDateTime o -> o.toInstant();
            case LocalDateTime l -> l.atZone(clock.getZone()).toInstant();
            case LocalDate d -> d.atStartOfDay(clock.getZone()).toInstant();
            default -> throw new IllegalArgumentException("Unsupported date " + temporal);
        };
    }

    private static @Nullable String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static @Nullable String tidy(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
