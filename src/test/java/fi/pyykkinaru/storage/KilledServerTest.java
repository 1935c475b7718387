package fi.pyykkinaru.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/**
 * A slip that the visitor saw pegged survives {@code kill -9} of the server the next instant: the real
 * application in a child JVM pegs slips as fast as it can and is killed with SIGKILL mid-stream; every slip it
 * acknowledged is then in the database, exactly once.
 */
class KilledServerTest {

    private static final int ACKS_BEFORE_KILL = 300;

    @Test
    void every_acknowledged_slip_survives_sigkill() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target/test-data/killed-" + System.nanoTime()));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PegUntilKilled.class.getName(), dataDir.toString())
                .redirectError(dataDir.resolve("child.log").toFile())
                .start();
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        List<String> otherOutput = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("ACK ")) {
                        String[] parts = line.split(" ", 3);
                        acknowledged.put(Long.parseLong(parts[1]), parts[2]);
                    } else if (otherOutput.size() < 200) {
                        otherOutput.add(line);
                    }
                }
            } catch (IOException streamClosedByTheKill) {
                // What was read before the kill is what the test checks.
            }
        });
        try {
            await().atMost(2, TimeUnit.MINUTES).until(() -> acknowledged.size() >= ACKS_BEFORE_KILL || !child.isAlive());
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no checkpoint
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join();
        assertThat(acknowledged).as("acknowledged before the kill; the child said:%n%s", String.join("\n", otherOutput))
                .hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

        String url = "jdbc:hsqldb:file:" + dataDir + "/pyykkinaru;shutdown=true";
        try (Connection db = open(url);
                PreparedStatement query = db.prepareStatement("select title from slip where id = ?")) {
            for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
                query.setLong(1, ack.getKey());
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).as("slip %d after SIGKILL", ack.getKey()).isTrue();
                    assertThat(row.getString(1)).isEqualTo(ack.getValue());
                    assertThat(row.next()).isFalse();
                }
            }
            try (ResultSet titles = db.createStatement().executeQuery(
                    "select count(*), count(distinct title) from slip where stand = 'crash test'")) {
                titles.next();
                assertThat(titles.getLong(1)).as("no slip stored twice").isEqualTo(titles.getLong(2));
            }
        }
    }

    /**
     * HSQLDB keeps the killed process's lock for a few seconds after its last heartbeat; opening waits for
     * that, as a restarted stand would.
     */
    private static Connection open(String url) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return DriverManager.getConnection(url, "SA", "");
            } catch (java.sql.SQLException e) {
                if (System.nanoTime() > until || !String.valueOf(e.getMessage()).contains("lock acquisition")) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
