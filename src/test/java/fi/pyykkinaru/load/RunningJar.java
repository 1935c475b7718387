package fi.pyykkinaru.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The real jar as a stand runs it, for load and crash tests: started on a data folder, stopped, queried. */
public final class RunningJar {

    /** For a start that only makes the data folder, or a test that starts the jar again and again. */
    public static final String NO_WARM_UP = "--pyykkinaru.phone.warm-up=0s";

    private RunningJar() {
    }

    /**
     * Starts the jar and waits until it says it is ready (after its start-up runners and the phones' warm-up). The
     * server's own arguments from {@code -Dserver.args}, e.g. {@code "--pyykkinaru.phone.warm-up=0s"} for the first
     * burst without the warm-up; the given ones win over them.
     */
    public static Process start(Path jar, Path data, int port, String... args) throws Exception {
        Files.deleteIfExists(data.resolve("server.log"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // The server JVM's own options for a bench run, e.g. a flight recording or the AOT cache:
        // -Dserver.jvm="-XX:StartFlightRecording=filename=target/bench/phones.jfr -XX:AOTCache=target/aot/app/pyykkinaru.aot"
        String options = System.getProperty("server.jvm", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        // Spring joins an option given twice into one value ("0s,0s"), so each is given once: these, then
        // -Dserver.args, then the caller's own (a start that only makes the data folder stays without the warm-up).
        Map<String, String> arguments = new LinkedHashMap<>();
        Stream.of(List.of("--server.port=" + port, "--pyykkinaru.data-dir=" + data,
                        "--pyykkinaru.security.initial-organiser-password=load-test-only", "--logging.level.root=WARN",
                        "--logging.level.fi.pyykkinaru.kiosk.StandAddress=INFO",
                        "--logging.level.fi.pyykkinaru.session.phone.PhoneWarmUp=INFO"),
                List.of(System.getProperty("server.args", "").strip().split("\\s+")), List.of(args))
                .flatMap(List::stream).filter(a -> !a.isEmpty()).forEach(a -> arguments.put(a.split("=", 2)[0], a));
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments.values());
        Process server = new ProcessBuilder(command).redirectOutput(data.resolve("server.log").toFile()).redirectErrorStream(true).start();
        // Ready means after the start-up runners (the sample event), which run once HTTP is already up.
        Path log = data.resolve("server.log");
        for (int i = 0; i < 480 && server.isAlive(); i++) {
            if (Files.exists(log) && Files.readString(log).contains("Pyykkinaru is ready")) {
                return server;
            }
            Thread.sleep(250);
        }
        server.destroyForcibly();
        throw new IllegalStateException("The server did not start; see " + data.resolve("server.log"));
    }

    /** SIGTERM: Spring shuts down and HSQLDB closes its files cleanly. */
    public static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    public static String query(Path data, String sql, String parameter) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + data + "/pyykkinaru;shutdown=true", "SA", "");
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
