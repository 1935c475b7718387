package fi.pyykkinaru.cluster;

import fi.pyykkinaru.HelperProcesses;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
            int port = HelperProcesses.freePort();
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
        String output = HelperProcesses.run(List.of(command), Map.of(), 120,
                "the PostgreSQL tests need Debian's postgresql package; .ci/run installs it");
        return output.lines().reduce((first, last) -> last).orElse("");
    }
}
