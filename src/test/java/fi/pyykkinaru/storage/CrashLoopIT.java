package fi.pyykkinaru.storage;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.HelperProcesses;
import fi.pyykkinaru.load.RunningJar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of votes: the real jar takes phone votes over HTTP from eight phones at a time and is killed with
 * SIGKILL at random moments, then started again on the same data, until 1,000 votes have been acknowledged.
 * Every acknowledged vote is then stored exactly once (its voter once, with one answer), checked in the
 * database itself. (Slips: KilledServerTest.)
 */
class CrashLoopIT {

    private static final int ACKNOWLEDGED = 1000;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String SESSION_TITLE = "Avaus: hyvinvointia yhdessä";

    @Test
    void every_acknowledged_vote_survives_random_kills_exactly_once() throws Exception {
        Path jar = Path.of("target/pyykkinaru.jar");
        Path data = Files.createDirectories(Path.of("target/test-data/crash-loop-" + System.nanoTime()).toAbsolutePath());
        int port = HelperProcesses.freePort();
        RunningJar.stop(RunningJar.start(jar, data, port, RunningJar.NO_WARM_UP));
        String token = RunningJar.query(data, "select token from programme_session where title = ?", SESSION_TITLE);
        long earlier = Long.parseLong(RunningJar.query(data, "select count(*) from feedback_answer a join "
                + "programme_session s on a.session_id = s.id where s.token = ?", token));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .build();
        String page = "http://localhost:" + port + "/s/" + token;
        int kills = 0;
        while (acknowledged.size() < ACKNOWLEDGED) {
            Process server = RunningJar.start(jar, data, port, RunningJar.NO_WARM_UP);
            int before = acknowledged.size();
            // A random moment within a few seconds, and at the latest after 400 votes: several kills per run.
            long killAt = System.nanoTime() + Duration.ofMillis(ThreadLocalRandom.current().nextLong(1000, 4000)).toNanos();
            try (ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int p = 0; p < 8; p++) {
                    phones.submit(() -> {
                        while (server.isAlive() && acknowledged.size() < ACKNOWLEDGED) {
                            String voter = UUID.randomUUID().toString();
                            if (vote(http, page, voter)) {
                                acknowledged.add(voter);
                            }
                        }
                        return null;
                    });
                }
                while (System.nanoTime() < killAt && acknowledged.size() < ACKNOWLEDGED
                        && acknowledged.size() - before < 400) {
                    Thread.sleep(20);
                }
                server.destroyForcibly(); // SIGKILL, mid-stream: no shutdown hook, no checkpoint
                server.waitFor();
                kills++;
                System.out.printf("crash loop: kill %d, %d votes acknowledged%n", kills, acknowledged.size());
            }
        }

        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + data + "/pyykkinaru;shutdown=true", "SA", "")) {
            long session = number(db, "select id from programme_session where token = ?", token);
            try (PreparedStatement voter = db.prepareStatement(
                    "select count(*) from feedback_voter where session_id = ? and voter_hash = ?")) {
                for (String cookie : acknowledged) {
                    voter.setLong(1, session);
                    voter.setString(2, fi.pyykkinaru.session.VoterTags.tag("cookie:" + cookie, "feedback:" + session));
                    try (ResultSet row = voter.executeQuery()) {
                        row.next();
                        assertThat(row.getLong(1)).as("acknowledged voter %s", cookie).isEqualTo(1);
                    }
                }
            }
            long voters = number(db, "select count(*) from feedback_voter where session_id = ?", session);
            long answers = number(db, "select count(*) from feedback_answer where session_id = ?", session);
            long linked = number(db, "select count(distinct answer_id) from feedback_voter where session_id = ?", session);
            assertThat(kills).as("the server was killed at least twice").isGreaterThanOrEqualTo(2);
            // Each voter has one answer and no answer is without its voter (nothing counted twice or half-stored);
            // votes in flight at a kill may be stored or not, but whole.
            assertThat(linked).isEqualTo(voters);
            assertThat(answers).isEqualTo(voters);
            assertThat(answers - earlier).as("votes stored by the loop").isGreaterThanOrEqualTo(ACKNOWLEDGED);
        }
    }

    /** One phone's vote with its own voter cookie; true when the server acknowledged it (303 back to the page). */
    private static boolean vote(HttpClient http, String page, String voter) {
        try {
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(page)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(get.body());
            if (get.statusCode() != 200 || !csrf.find()) {
                return false;
            }
            List<String> cookies = get.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList();
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(page)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", String.join("; ", cookies) + "; pyk_voter=" + voter)
                    .POST(HttpRequest.BodyPublishers.ofString("score=1&_csrf=" + csrf.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return post.statusCode() == 303;
        } catch (Exception killedMidRequest) {
            return false;
        }
    }

    private static long number(Connection db, String sql, Object parameter) throws Exception {
        return Long.parseLong(text(db, sql, parameter));
    }

    private static String text(Connection db, String sql, Object parameter) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
