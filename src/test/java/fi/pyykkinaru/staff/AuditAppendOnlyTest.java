package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Entries cannot be changed or removed through the app: no code but the log's own adds to audit_entry, and nothing
 * anywhere updates, deletes, truncates or drops it. The one migration that tidied old targets down to ids (V23, so
 * that the log names nobody) is the only exception, and migrations are applied once.
 */
class AuditAppendOnlyTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern CHANGES = Pattern.compile(
            "(update\\s+audit_entry|delete\\s+from\\s+audit_entry|truncate\\s+table\\s+audit_entry|drop\\s+table\\s+audit_entry"
                    + "|merge\\s+into\\s+audit_entry|alter\\s+table\\s+audit_entry\\s+drop)");
    private static final String TIDIED_ONCE = "V23__audit_outcome.sql";

    @Test
    void no_code_updates_or_deletes_audit_entries() {
        List<String> changing = files().filter(f -> !f.getFileName().toString().equals(TIDIED_ONCE))
                .filter(f -> CHANGES.matcher(read(f)).find()).map(Path::toString).toList();
        assertThat(changing).as("files that change or remove audit entries").isEmpty();
    }

    @Test
    void only_the_audit_log_itself_reaches_its_table() {
        // A repository or a second writer could delete entries without any of the words above.
        List<String> reaching = files().filter(f -> f.toString().endsWith(".java"))
                .filter(f -> read(f).contains("audit_entry")).map(f -> f.getFileName().toString()).toList();
        assertThat(reaching).containsExactly("AuditLog.java");
        String log = read(MAIN.resolve("java/fi/pyykkinaru/staff/AuditLog.java"));
        assertThat(log.replaceAll("insert into audit_entry", "").replaceAll("from audit_entry", ""))
                .as("AuditLog only inserts and reads").doesNotContain("audit_entry");
    }

    private static Stream<Path> files() {
        try {
            return Files.walk(MAIN).filter(Files::isRegularFile)
                    .filter(f -> Stream.of(".java", ".sql", ".jte", ".properties", ".xml", ".yml")
                            .anyMatch(f.toString()::endsWith))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
