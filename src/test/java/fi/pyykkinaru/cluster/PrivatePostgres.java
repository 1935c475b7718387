package fi.pyykkinaru.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL of the tests' own (Debian's postgresql package), started once per JVM by .ci/private-postgres.sh
 * on a free loopback port under target/postgres, with a fresh database each start, and stopped at exit.
 */
final class PrivatePostgres {

    private static final Path FOLDER = Path.of("target", "postgres").toAbsolutePath();
    private static final Path SCRIPT = Path.of(".ci", "private-postgres.sh").toAbsolutePath();
    private static String url;

    private PrivatePostgres() {
    }

    static synchronized String url() {
        if (url == null) {
            int port = freePort();
            url = run(SCRIPT.toString(), "start", FOLDER.toString(), String.valueOf(port)).strip();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run(SCRIPT.toString(), "stop", FOLDER.toString())));
        }
        return url;
    }

    /** The settings of an app node on this database (profile postgres). */
    static Map<String, Object> node() {
        return Map.of("spring.datasource.url", url(), "spring.datasource.username", "pyykkinaru",
                "spring.datasource.password", "pyykkinaru");
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("%s: %s (the PostgreSQL tests need Debian's postgresql package; .ci/run "
                    + "installs it)", List.of(command), output).isZero();
            return output.lines().reduce((first, last) -> last).orElse("");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
