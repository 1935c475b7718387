package fi.pyykkinaru.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Whether the data folder can take new slips, votes and registrations. Below {@code pyykkinaru.storage.warn-below}
 * free, staff are warned; below {@code stop-below}, or when the folder cannot be written at all (read-only mount,
 * a USB stick pulled), visitors' new submissions are refused politely before anything is written, so nothing is
 * left half-written and what was typed stays on screen. Checked every 15 seconds.
 */
@Service
public class StorageHealth {

    /** How the data folder is doing. */
    public enum Level { OK, LOW, STOPPED }

    /** The latest check: its level, the free space in MB, and whether the folder could be written. */
    public record Status(Level level, long freeMb, boolean writable) {
    }

    private static final Logger log = LoggerFactory.getLogger(StorageHealth.class);

    private final Path folder;
    private volatile long warnBelow;
    private volatile long stopBelow;
    private volatile Status status = new Status(Level.OK, -1, true);

    StorageHealth(@Value("${pyykkinaru.data-dir:data}") String folder,
            @Value("${pyykkinaru.storage.warn-below:500MB}") DataSize warnBelow,
            @Value("${pyykkinaru.storage.stop-below:50MB}") DataSize stopBelow) {
        this.folder = Path.of(folder);
        this.warnBelow = warnBelow.toBytes();
        this.stopBelow = stopBelow.toBytes();
        check();
    }

    /** New lines, checked at once (tests fill the disk this way after the sample event is in). */
    Status limits(DataSize warnBelow, DataSize stopBelow) {
        this.warnBelow = warnBelow.toBytes();
        this.stopBelow = stopBelow.toBytes();
        return check();
    }

    public Status status() {
        return status;
    }

    /** Call before a visitor's write; throws before anything is written when the folder cannot take it. */
    public void requireWritable() {
        if (status.level() == Level.STOPPED) {
            // A folder that was full a moment ago may have been cleared: look again before refusing.
            if (check().level() == Level.STOPPED) {
                throw new StorageUnavailableException(status.writable() ? "disk full" : "data folder not writable");
            }
        }
    }

    @Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT15S")
    public Status check() {
        boolean writable = probe();
        long free = free();
        Level level = !writable || free < stopBelow ? Level.STOPPED : free < warnBelow ? Level.LOW : Level.OK;
        Status now = new Status(level, free / (1024 * 1024), writable);
        if (now.level() != status.level()) {
            if (level == Level.OK) {
                log.info("Data folder {} is fine again ({} MB free)", folder.toAbsolutePath(), now.freeMb());
            } else {
                log.warn("Data folder {}: {} ({} MB free, writable: {})", folder.toAbsolutePath(), level, now.freeMb(), writable);
            }
        }
        status = now;
        return now;
    }

    private boolean probe() {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private long free() {
        try {
            return Files.getFileStore(Files.exists(folder) ? folder : folder.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }
}
