package fi.pyykkinaru.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Online backups of the database into the stand's backup folder: every hour and when the server shuts down,
 * keeping the newest {@code keep}. Each is HSQLDB's own archive (a .tar.gz of the database files); restoring
 * is unpacking one into an empty data folder (README, "Backups").
 */
@Component
// Off in the postgres profile: a central PostgreSQL is backed up with its own tools.
@ConditionalOnProperty(name = "pyykkinaru.backup.enabled", havingValue = "true", matchIfMissing = true)
public class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final JdbcClient jdbc;
    private final Path folder;
    private final int keep;

    Backups(JdbcClient jdbc, @Value("${pyykkinaru.backup.dir:data/backups}") String folder,
            @Value("${pyykkinaru.backup.keep:48}") int keep) {
        this.jdbc = jdbc;
        this.folder = Path.of(folder).toAbsolutePath();
        this.keep = keep;
    }

    /** Writes a backup now and returns its file. The database waits for it (a second or so) but stays open. */
    public synchronized Path backUp() {
        try {
            Files.createDirectories(folder);
            List<Path> before = archives();
            // BLOCKING: a consistent copy; writes wait the moment it takes instead of the copy missing them.
            jdbc.sql("BACKUP DATABASE TO '" + folder.toString().replace("'", "''") + "/' BLOCKING").update();
            Path made = archives().stream().filter(p -> !before.contains(p)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The database wrote no backup into " + folder));
            prune();
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Scheduled(initialDelayString = "${pyykkinaru.backup.interval:PT1H}", fixedDelayString = "${pyykkinaru.backup.interval:PT1H}")
    void scheduled() {
        safely("scheduled");
    }

    /** Before the database closes: the last state of the day is in the backup folder too. */
    @EventListener(ContextClosedEvent.class)
    void shuttingDown() {
        safely("shutdown");
    }

    public Path folder() {
        return folder;
    }

    public List<Path> archives() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tar.gz"))
                    .sorted(Comparator.comparing(Path::getFileName)).toList();
        }
    }

    private void safely(String why) {
        try {
            Path made = backUp();
            LOG.info("Backup ({}) written to {}", why, made);
        } catch (RuntimeException e) {
            // A full or read-only disk must not stop the stand; staff see it in the log and the disk warning.
            LOG.error("Backup ({}) into {} failed: {}", why, folder, e.getMessage());
        }
    }

    private void prune() throws IOException {
        List<Path> all = archives();
        for (int i = 0; i < all.size() - keep; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
