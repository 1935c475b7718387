package fi.pyykkinaru.load;

import fi.pyykkinaru.HelperProcesses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phones voting on one session against the real jar: each of 2,000 distinct phones loads the session page and
 * votes, arriving evenly over 50 seconds. Prints p50/p95/p99 latency and errors, then stops the server and
 * counts in the database that exactly 2,000 votes are stored. Not a test; run (after building the jar):
 * {@code ./mvnw -q -DskipTests package exec:java -Dexec.classpathScope=test -Dexec.mainClass=fi.pyykkinaru.load.PhoneVoteLoad}
 */
public final class PhoneVoteLoad {

    private static final int PHONES = Integer.getInteger("phones", 2000);
    private static final Duration ARRIVALS = Duration.ofSeconds(Long.getLong("seconds", 50));
    private static final String SESSION_TITLE = "Digituki lähellä ihmistä";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private PhoneVoteLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/pyykkinaru.jar");
        Path data = Files.createTempDirectory("pyykkinaru-load");
        int port = HelperProcesses.freePort();
        // First start: the sample programme is created; its session token is read while the server is down.
        RunningJar.stop(RunningJar.start(jar, data, port));
        String token = RunningJar.query(data, "select token from programme_session where title = ?", SESSION_TITLE);

        Process server = RunningJar.start(jar, data, port);
        PhoneBurst burst = PhoneBurst.run("http://localhost:" + port + "/s/" + token, PHONES, ARRIVALS);
        RunningJar.stop(server);
        long stored = Long.parseLong(RunningJar.query(data, "select count(*) from feedback_answer a join programme_session s "
                + "on a.session_id = s.id where s.token = ?", token));
        long voters = Long.parseLong(RunningJar.query(data, "select count(*) from feedback_voter v join programme_session s "
                + "on v.session_id = s.id where s.token = ?", token));

        System.out.printf("%d phones in %.1f s (%d voted, %d errors)%n", PHONES, burst.seconds(), burst.votes().size(),
                burst.errors().size());
        System.out.println("page load ms: " + percentiles(burst.loads()));
        System.out.println("vote ms:      " + percentiles(burst.votes()));
        System.out.printf("stored answers: %d, voters: %d (expected %d each): %s%n", stored, voters, PHONES,
                stored == PHONES && voters == PHONES ? "OK" : "MISMATCH");
        burst.errors().stream().limit(5).forEach(e -> System.out.println("error: " + e));
        if (stored != PHONES || voters != PHONES || !burst.errors().isEmpty()) {
            System.exit(1);
        }
    }

    /** One phone: loads the page (getting its session and CSRF token), votes, and follows the redirect. */
    static void phone(HttpClient http, String page, int score, List<Long> loads, List<Long> votes)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                HttpResponse.BodyHandlers.ofString());
        loads.add((System.nanoTime() - t0) / 1_000_000);
        Matcher csrf = CSRF.matcher(get.body());
        if (get.statusCode() != 200 || !csrf.find()) {
            throw new IOException("page " + get.statusCode());
        }
        String cookies = String.join("; ", get.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0]).toList());
        long t1 = System.nanoTime();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString("score=" + score + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        votes.add((System.nanoTime() - t1) / 1_000_000);
        if (post.statusCode() != 303 || !post.headers().firstValue("Location").orElse("").contains("/s/")) {
            throw new IOException("vote " + post.statusCode());
        }
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
