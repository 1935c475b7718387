package fi.pyykkinaru.badge;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.text.CsvFiles;
import fi.pyykkinaru.text.ExportTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a pre-registration list from CSV (header row; comma or semicolon). Every row is checked first; if any
 * is bad, nothing is imported and each problem is reported by its line. Everyone imported gets a badge code.
 */
@Service
public class PreRegistrationImport {

    /** The CSV columns; only name is required. Languages are codes separated by spaces or "/". */
    public static final List<String> COLUMNS = List.of("name", "organisation", "organisation_type", "region", "languages",
            "email", "email_consent");

    private final Registrations registrations;
    private final Translations translations;
    private final AuditLog audit;

    PreRegistrationImport(Registrations registrations, Translations translations, AuditLog audit) {
        this.registrations = registrations;
        this.audit = audit;
        this.translations = translations;
    }

    /** The imported registrations, or (with nothing imported) the problems. */
    public record Result(List<Registration> imported, List<RegistrationProblem> problems) {
    }

    @Transactional
    public Result csv(Event event, InputStream in) {
        Result result = read(event, in);
        audit.record("registration.import", "event " + event.requireId() + ": " + result.imported().size() + " records",
                result.problems().isEmpty() ? AuditLog.Outcome.DONE : AuditLog.Outcome.REFUSED);
        return result;
    }

    private Result read(Event event, InputStream in) {
        List<Registration> people = new ArrayList<>();
        List<RegistrationProblem> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.read(in)) {
            Map<String, String> headers = headers(parser.getHeaderNames());
            if (!headers.containsKey("name")) {
                return new Result(List.of(), List.of(new RegistrationProblem(RegistrationField.NAME, 1,
                        "import.error.columns", List.of("name", String.join(", ", COLUMNS)))));
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getParser().getCurrentLineNumber();
                row(event, line, new Row(record, headers), people, problems);
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            return new Result(List.of(), List.of(new RegistrationProblem(RegistrationField.NAME, 0,
                    "registrations.import.unreadable", List.of())));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        if (people.isEmpty()) {
            return new Result(List.of(), List.of(new RegistrationProblem(RegistrationField.NAME, 0, "registrations.import.empty",
                    List.of())));
        }
        return new Result(registrations.saveAll(people), List.of());
    }

    /**
     * The file's headings by column: the codes above, or the headings of this app's own registrations export in
     * any of its languages, so that an export can be imported into another event as it is.
     */
    private Map<String, String> headers(List<String> names) {
        Map<String, String> byColumn = new HashMap<>();
        for (String name : names) {
            String plain = name.strip().toLowerCase(Locale.ROOT);
            for (String column : COLUMNS) {
                if (plain.equals(column) || Translations.LOCALES.stream().anyMatch(locale -> plain.equals(
                        translations.getTranslation("export.column." + column, locale).toLowerCase(locale)))) {
                    byColumn.putIfAbsent(column, name);
                }
            }
        }
        return byColumn;
    }

    /** A record read by column code, whatever its file calls the column. */
    private record Row(CSVRecord record, Map<String, String> headers) {

        @Nullable String field(String column) {
            String name = headers.get(column);
            return name != null && record.isMapped(name) && record.isSet(name) && !record.get(name).isBlank()
                    ? ExportTable.unguarded(record.get(name)).strip() : null;
        }
    }

    private void row(Event event, int line, Row record, List<Registration> people, List<RegistrationProblem> problems) {
        int before = problems.size();
        OrganisationType type = parse(OrganisationType.class, "organisation-type.", record.field("organisation_type"), line,
                RegistrationField.ORGANISATION_TYPE, problems);
        Region region = parse(Region.class, "region.", record.field("region"), line, RegistrationField.REGION, problems);
        List<String> languages = Optional.ofNullable(record.field("languages")).map(this::languages).orElse(List.of());
        String consent = Optional.ofNullable(record.field("email_consent")).orElse("").toLowerCase(Locale.ROOT);
        RegistrationDraft draft = new RegistrationDraft(Optional.ofNullable(record.field("name")).orElse(""),
                record.field("organisation"), type, region, languages, record.field("email"),
                List.of("yes", "kyllä", "ja", "true", "1", "x").contains(consent));
        draft.problems().forEach(p -> problems.add(p.onLine(line)));
        if (problems.size() == before) {
            people.add(registrations.fresh(event, draft, RegistrationSource.IMPORT));
        }
    }

    /** Language codes, or the languages' names as the registrations export writes them ("suomi, ruotsi"). */
    private List<String> languages(String value) {
        List<String> codes = new ArrayList<>();
        for (String part : value.split("[/,;]+")) {
            String plain = part.strip().toLowerCase(Locale.ROOT);
            if (plain.isEmpty()) {
                continue;
            }
            Optional<String> named = Arrays.stream(Locale.getISOLanguages()).filter(code -> Translations.LOCALES.stream()
                    .anyMatch(reader -> Locale.of(code).getDisplayLanguage(reader).toLowerCase(reader).equals(plain)))
                    .findFirst();
            named.ifPresentOrElse(codes::add, () -> codes.addAll(Arrays.asList(plain.split("\\s+"))));
        }
        return codes;
    }

    /** A code (NGO, pirkanmaa, keski-suomi) or its label in any of the app's languages (Järjestö, Pirkanmaa). */
    private <E extends Enum<E>> @Nullable E parse(Class<E> type, String keyPrefix, @Nullable String value, int line,
            RegistrationField field, List<RegistrationProblem> problems) {
        if (value == null) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code) || Translations.LOCALES.stream().anyMatch(locale -> value.strip()
                    .equalsIgnoreCase(translations.getTranslation(keyPrefix + constant.name(), locale)))) {
                return constant;
            }
        }
        problems.add(new RegistrationProblem(field, line, "register.error.unknown-value", List.of(value)));
        return null;
    }
}
