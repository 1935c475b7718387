package fi.pyykkinaru.load;

import fi.pyykkinaru.HelperProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Phones voting on one session against the real jar, freshly started: {@code -Dphones} distinct phones (default
 * 10,000) arriving evenly over {@code -Dseconds} (default 60), each on its own connection loading the session page,
 * voting and following the redirect to the results ({@link PhoneBurst}). Prints p50/p95/p99 of each of the three
 * requests, what failed and what the server turned away (503), then stops the server and counts in the database that
 * every acknowledged vote is stored exactly once; appends the figures, with the command, to {@code -Dreport} (default
 * target/bench/phones.md). {@code -Dattempts=3}: a turned-away phone presses again after the Retry-After, up to three
 * times in all. {@code -Dserver.jvm="-XX:StartFlightRecording=filename=x.jfr"}: options for the server's JVM.
 * Not a test; run after building the jar (bench/run.sh phones does both):
 * {@code java -cp target/test-classes:<hsqldb jar> fi.pyykkinaru.load.PhoneVoteLoad target/pyykkinaru.jar}
 */
public final class PhoneVoteLoad {

    private static final int PHONES = Integer.getInteger("phones", 10_000);
    private static final Duration ARRIVALS = Duration.ofSeconds(Long.getLong("seconds", 60));
    private static final int ATTEMPTS = Integer.getInteger("attempts", 1);
    private static final String SESSION_TITLE = "Digituki lähellä ihmistä";

    private PhoneVoteLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/pyykkinaru.jar");
        Path report = Path.of(System.getProperty("report", "target/bench/phones.md"));
        Path data = Files.createTempDirectory("pyykkinaru-load");
        int port = HelperProcesses.freePort();
        // First start: the sample programme is created; its session token is read while the server is down.
        RunningJar.stop(RunningJar.start(jar, data, port, RunningJar.NO_WARM_UP));
        String token = RunningJar.query(data, "select token from programme_session where title = ?", SESSION_TITLE);

        long starting = System.nanoTime();
        Process server = RunningJar.start(jar, data, port);
        double ready = (System.nanoTime() - starting) / 1e9;
        PhoneBurst burst = PhoneBurst.run("http://localhost:" + port + "/s/" + token, PHONES, ARRIVALS, ATTEMPTS);
        RunningJar.stop(server);
        long stored = Long.parseLong(RunningJar.query(data, "select count(*) from feedback_answer a join programme_session s "
                + "on a.session_id = s.id where s.token = ?", token));
        long voters = Long.parseLong(RunningJar.query(data, "select count(*) from feedback_voter v join programme_session s "
                + "on v.session_id = s.id where s.token = ?", token));

        boolean exact = stored == burst.acknowledged() && voters == burst.acknowledged();
        List<String> lines = List.of(
                String.format("%,d phones over %d s (%.0f/s), own connection each, %d attempt(s): %,d failed (%d errors, %d turned "
                        + "away for good), %,d votes acknowledged, %,d stored, %,d voters: %s; took %.1f s; load before %s; "
                        + "server ready %.1f s after its start",
                        PHONES, ARRIVALS.toSeconds(), PHONES / (double) ARRIVALS.toSeconds(), ATTEMPTS, burst.failed(),
                        burst.errors().size(), burst.gaveUp(), burst.acknowledged(), stored, voters,
                        exact ? "each acknowledged vote stored once" : "MISMATCH", burst.seconds(), LOAD_BEFORE, ready),
                "page     ms: " + percentiles(burst.loads()),
                "vote     ms: " + percentiles(burst.votes()),
                "redirect ms: " + percentiles(burst.redirects()),
                "503 (turned away) ms: " + percentiles(burst.shedTimes()));
        lines.forEach(System.out::println);
        burst.timeline().forEach(step -> System.out.println("  " + step));
        burst.errors().stream().distinct().limit(5).forEach(e -> System.out.println("error: " + e));
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, String.format("| %,d / %d s | %d | %,d | %s | %s | %s | %s | %,d / %,d | %s | %.0f s |%n", PHONES,
                ARRIVALS.toSeconds(), ATTEMPTS, burst.failed(), brief(burst.loads()), brief(burst.votes()),
                brief(burst.redirects()), burst.shedTimes().isEmpty() ? "–" : burst.shedTimes().size() + ", " + brief(burst.shedTimes()),
                stored, burst.acknowledged(), LOAD_BEFORE, ready), java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        if (!exact || (ATTEMPTS == 1 && burst.failed() > 0 && !Boolean.getBoolean("expectShedding"))) {
            System.exit(1);
        }
    }

    /** The machine's load average when the run began: figures taken beside other work say so. */
    private static final String LOAD_BEFORE = loadAverage();

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** "p50 / p95" in ms. */
    static String brief(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.isEmpty() ? "–" : at(sorted, 0.50) + " / " + at(sorted, 0.95);
    }

    static String percentiles(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "none";
        }
        return "p50 " + at(sorted, 0.50) + ", p95 " + at(sorted, 0.95) + ", p99 " + at(sorted, 0.99) + ", max "
                + sorted.getLast() + " (n=" + sorted.size() + ")";
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
    }
}
