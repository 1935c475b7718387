package fi.pyykkinaru.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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
 * keeping the newest {@code keep}. Each is HSQLDB's own archive (a .tar.gz of the database files), encrypted with
 * the backup key ({@link BackupCipher}) before it reaches the backup folder, often a USB stick: the plain archive is
 * made in the data folder, which holds the plain database anyway, and removed once sealed. Restoring is
 * {@link BackupRestore} (README, "Backups").
 */
@Component
// Off in the postgres profile: a central PostgreSQL is backed up with its own tools.
@ConditionalOnProperty(name = "pyykkinaru.backup.enabled", havingValue = "true", matchIfMissing = true)
public class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    static final String SUFFIX = ".tar.gz.enc";
    private static final String PLAIN = ".tar.gz";

    private final JdbcClient jdbc;
    private final Path folder;
    private final Path work;
    private final Path keyFile;
    private final int keep;
    private @Nullable BackupKey key;

    Backups(JdbcClient jdbc, @Value("${pyykkinaru.backup.dir:data/backups}") String folder,
            @Value("${pyykkinaru.data-dir:data}") String dataDir,
            @Value("${pyykkinaru.backup.key:${pyykkinaru.data-dir:data}-keys/backup.key}") String keyFile,
            @Value("${pyykkinaru.backup.keep:48}") int keep) {
        this.jdbc = jdbc;
        this.folder = Path.of(folder).toAbsolutePath();
        this.work = Path.of(dataDir).toAbsolutePath().resolve("backup-work");
        this.keyFile = Path.of(keyFile).toAbsolutePath();
        this.keep = keep;
        // Found at start-up, not at the first backup an hour later.
        BackupKey.requireApart(this.keyFile, List.of(this.folder, Path.of(dataDir)));
    }

    /**
     * Writes an encrypted backup now and returns its file. The database waits for it (a second or so) but stays
     * open. Plain archives left in the backup folder by versions before encryption are sealed on the way.
     */
    public synchronized Path backUp() {
        try {
            Files.createDirectories(folder);
            Files.createDirectories(work);
            List<Path> before = plainArchives(work);
            // BLOCKING: a consistent copy; writes wait the moment it takes instead of the copy missing them.
            jdbc.sql("BACKUP DATABASE TO '" + work.toString().replace("'", "''") + "/' BLOCKING").update();
            Path plain = plainArchives(work).stream().filter(p -> !before.contains(p)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The database wrote no backup into " + work));
            Path made = seal(plain);
            for (Path older : plainArchives(folder)) {
                seal(older);
            }
            prune();
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key file the backups are sealed with (made on the first backup). */
    public Path keyFile() {
        return keyFile;
    }

    /** Encrypts the plain archive into the backup folder (complete or not at all), then removes it. */
    private Path seal(Path plain) throws IOException {
        BackupKey sealing = key;
        if (sealing == null) {
            sealing = BackupKey.loadOrCreate(keyFile);
            key = sealing;
        }
        Path sealed = folder.resolve(plain.getFileName() + ".enc");
        Path part = folder.resolve(plain.getFileName() + ".enc.part");
        try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(part)) {
            BackupCipher.encrypt(sealing, in, out);
        }
        Files.move(part, sealed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(plain);
        return sealed;
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

    /** The encrypted backups in the backup folder, the oldest first. */
    public List<Path> archives() throws IOException {
        return files(folder, SUFFIX);
    }

    private static List<Path> plainArchives(Path in) throws IOException {
        return files(in, PLAIN);
    }

    private static List<Path> files(Path in, String suffix) throws IOException {
        if (!Files.isDirectory(in)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix))
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
