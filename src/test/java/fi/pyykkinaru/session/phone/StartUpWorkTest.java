package fi.pyykkinaru.session.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Work at start goes before the phones' warm-up ({@code ApplicationStartedEvent} or a runner ordered before
 * {@link PhoneWarmUp}), never on {@code ApplicationReadyEvent}: that comes after the warm-up, when the server says it
 * is ready and the first burst of phones may already be there. A badge drawn, a catch-up and a purge done then made
 * the first half-second of that burst slow (issue 18). Only the line that says "ready" listens to it.
 */
class StartUpWorkTest {

    @Test
    void only_the_ready_line_listens_to_the_ready_event() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> listening = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("ApplicationReadyEvent"))
                    .map(p -> Path.of("src/main/java").relativize(p).toString().replace('\\', '/')).toList();
            assertThat(listening).as("sources that run work on ApplicationReadyEvent, after the phones' warm-up")
                    .containsExactly("fi/pyykkinaru/kiosk/StandAddress.java");
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
