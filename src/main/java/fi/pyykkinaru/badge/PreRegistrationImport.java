package fi.pyykkinaru.badge;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.text.CsvFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    PreRegistrationImport(Registrations registrations) {
        this.registrations = registrations;
    }

    /** The imported registrations, or (with nothing imported) the problems. */
    public record Result(List<Registration> imported, List<RegistrationProblem> problems) {
    }

    @Transactional
    public Result csv(Event event, InputStream in) {
        List<Registration> people = new ArrayList<>();
        List<RegistrationProblem> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.read(in)) {
            if (!parser.getHeaderMap().containsKey("name")) {
                return new Result(List.of(), List.of(new RegistrationProblem(RegistrationField.NAME, 1,
                        "import.error.columns", List.of("name", String.join(", ", COLUMNS)))));
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getParser().getCurrentLineNumber();
                row(event, line, record, people, problems);
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
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

    private void row(Event event, int line, CSVRecord record, List<Registration> people, List<RegistrationProblem> problems) {
        int before = problems.size();
        OrganisationType type = parse(OrganisationType.class, field(record, "organisation_type"), line,
                RegistrationField.ORGANISATION_TYPE, problems);
        Region region = parse(Region.class, field(record, "region"), line, RegistrationField.REGION, problems);
        List<String> languages = Optional.ofNullable(field(record, "languages"))
                .map(l -> Arrays.stream(l.split("[\\s/,]+")).toList()).orElse(List.of());
        String consent = Optional.ofNullable(field(record, "email_consent")).orElse("").toLowerCase(Locale.ROOT);
        RegistrationDraft draft = new RegistrationDraft(Optional.ofNullable(field(record, "name")).orElse(""),
                field(record, "organisation"), type, region, languages, field(record, "email"),
                List.of("yes", "kyllä", "ja", "true", "1", "x").contains(consent));
        draft.problems().forEach(p -> problems.add(p.onLine(line)));
        if (problems.size() == before) {
            people.add(registrations.fresh(event, draft, RegistrationSource.IMPORT));
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, int line,
            RegistrationField field, List<RegistrationProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(new RegistrationProblem(field, line, "register.error.unknown-value", List.of(value)));
            return null;
        }
    }

    private static @Nullable String field(CSVRecord record, String name) {
        return record.isMapped(name) && record.isSet(name) && !record.get(name).isBlank() ? record.get(name).strip() : null;
    }
}
