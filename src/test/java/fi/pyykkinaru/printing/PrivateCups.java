package fi.pyykkinaru.printing;

import fi.pyykkinaru.HelperProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real CUPS for the printing tests, started once per test JVM by {@code .ci/private-cups.sh} on a free loopback
 * port: PYKPDF (cups-pdf as root, a file backend otherwise; its PDFs in {@link #pdfFolder()}) and PYKFAULT (fails
 * while {@link #failWith} is set).
 * Tests stop, refuse and restart it with CUPS's own commands, as staff would.
 */
public final class PrivateCups {

    private static final Path FOLDER = Path.of("target", "cups").toAbsolutePath();
    private static final Path SCRIPT = Path.of(".ci", "private-cups.sh").toAbsolutePath();
    private static int port;

    private PrivateCups() {
    }

    public static synchronized String address() {
        if (port == 0) {
            port = HelperProcesses.freePort();
            start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run(List.of(SCRIPT.toString(), "stop", FOLDER.toString()))));
        }
        return "ipp://127.0.0.1:" + port;
    }

    /** The three printers of a stand, as settings: badges and A4 to cups-pdf, receipts to the faulty queue. */
    public static void printers(DynamicPropertyRegistry registry) {
        registry.add("pyykkinaru.printing.badge-printer", () -> address() + "/printers/PYKPDF");
        registry.add("pyykkinaru.printing.a4-printer", () -> address() + "/printers/PYKPDF");
        registry.add("pyykkinaru.printing.receipt-printer", () -> address() + "/printers/PYKFAULT");
        registry.add("pyykkinaru.printing.retry-min", () -> "200ms");
        registry.add("pyykkinaru.printing.retry-max", () -> "1s");
        registry.add("pyykkinaru.printing.poll", () -> "200ms");
        // The stand page offers this CUPS's queues, as a stand box's page offers its own CUPS's.
        registry.add("pyykkinaru.printing.cups-url", () -> address().replace("ipp://", "http://"));
    }

    public static synchronized void start() {
        run(List.of(SCRIPT.toString(), "start", FOLDER.toString(), String.valueOf(port)));
    }

    public static void stop() {
        run(List.of(SCRIPT.toString(), "stop", FOLDER.toString()));
    }

    /** Runs a CUPS command (cupsdisable, cupsaccept, lpstat …) against this server. */
    public static String admin(String... command) {
        address();
        return run(List.of(command));
    }

    public static Path pdfFolder() {
        return FOLDER.resolve("pdf");
    }

    public static Path faultOutFolder() {
        return FOLDER.resolve("fault-out");
    }

    /** While set, the PYKFAULT backend reports media-empty-error with this reason and fails the job. */
    public static void failWith(String reason) throws IOException {
        Files.writeString(FOLDER.resolve("fault"), reason);
    }

    public static void stopFailing() throws IOException {
        Files.deleteIfExists(FOLDER.resolve("fault"));
    }

    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String run(List<String> command) {
        List<String> resolved = new java.util.ArrayList<>(command);
        resolved.set(0, executable(command.getFirst()));
        return HelperProcesses.run(resolved, Map.of("CUPS_SERVER", FOLDER.resolve("run/cups.sock").toString()), 60,
                "printing tests need the packages cups, cups-client and cups-bsd (as root also printer-driver-cups-pdf); .mvn/test-packages.sh installs them");
    }

    /**
     * CUPS's admin commands (cupsenable, cupsreject …) are in /usr/sbin, which only root has on its PATH; a process
     * is looked up on the JVM's own PATH, so they are found here.
     */
    private static String executable(String name) {
        if (name.contains("/")) {
            return name;
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin";
        for (String folder : path.split(":")) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return name;
    }
}
