package fi.pyykkinaru.storage;

import fi.pyykkinaru.i18n.Translations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Restores an encrypted backup into an empty data folder, run by an organiser with the app stopped:
 * <pre>java -jar pyykkinaru.jar --restore=BACKUP [--backup-key=KEYFILE] [--into=DATAFOLDER]</pre>
 * The whole file is checked before anything lands in the data folder: a missing or wrong key, or a file altered
 * anywhere, leaves the folder as it was and says why, in the system's language (Finnish, Swedish or English).
 */
public final class BackupRestore {

    static final String RESTORE = "--restore=";
    static final String KEY = "--backup-key=";
    static final String INTO = "--into=";

    private BackupRestore() {
    }

    /** The app was started to restore a backup, not to serve. */
    public static boolean asked(String[] args) {
        return Stream.of(args).anyMatch(a -> a.startsWith(RESTORE));
    }

    /** Runs the restore the arguments ask for; returns the exit status (0: restored). */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Locale language = Translations.supported(Locale.getDefault());
        Translations words = new Translations();
        Path backup = Path.of(argument(args, RESTORE).orElse(""));
        Path into = Path.of(argument(args, INTO).orElseGet(() -> environment.getOrDefault("PYYKKINARU_DATA_DIR", "data")));
        Path key = Path.of(argument(args, KEY).orElseGet(() -> environment.getOrDefault("PYYKKINARU_BACKUP_KEY",
                into.toAbsolutePath().normalize() + "-keys/backup.key")));
        try {
            int files = restore(backup, key, into);
            out.println(words.getTranslation("backup.restored", language, files, backup, into.toAbsolutePath()));
            return 0;
        } catch (BackupRefusedException refused) {
            List<Object> named = new ArrayList<>(List.of(backup, key, into.toAbsolutePath()));
            err.println(words.getTranslation(refused.reason().messageKey(), language, named.toArray()));
            return refused.reason().exitStatus;
        } catch (IOException | UncheckedIOException e) {
            err.println(words.getTranslation("backup.refused.io", language, backup, String.valueOf(e.getMessage())));
            return 1;
        }
    }

    /**
     * Decrypts the backup with the key in {@code keyFile} and unpacks it into {@code into}, which must be empty or
     * not yet exist; returns how many files it holds. Nothing is written into {@code into} unless all of it checks.
     */
    public static int restore(Path backup, Path keyFile, Path into) throws IOException, BackupRefusedException {
        if (!Files.isRegularFile(backup)) {
            throw new BackupRefusedException(BackupRefusedException.Reason.NOT_A_BACKUP);
        }
        if (Files.exists(into) && (!Files.isDirectory(into) || !empty(into))) {
            throw new BackupRefusedException(BackupRefusedException.Reason.TARGET_NOT_EMPTY);
        }
        BackupKey key = BackupKey.load(keyFile);
        Path parent = java.util.Objects.requireNonNull(into.toAbsolutePath().normalize().getParent(),
                "the data folder is not the file system's root");
        Files.createDirectories(parent);
        Path scratch = Files.createTempDirectory(parent, ".pyykkinaru-restore-");
        try {
            Path archive = scratch.resolve("backup.tar.gz");
            try (InputStream in = Files.newInputStream(backup); OutputStream out = Files.newOutputStream(archive)) {
                BackupCipher.decrypt(key, in, out);
            }
            Path unpacked = Files.createDirectory(scratch.resolve("data"));
            int files = unpack(archive, unpacked);
            Files.createDirectories(into);
            try (Stream<Path> restored = Files.list(unpacked)) {
                for (Path file : restored.toList()) {
                    Files.move(file, into.resolve(file.getFileName()));
                }
            }
            return files;
        } finally {
            deleteTree(scratch);
        }
    }

    /** HSQLDB's archive holds the database's files side by side; anything else in it is refused. */
    private static int unpack(Path archive, Path into) throws IOException, BackupRefusedException {
        int files = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(archive)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (!entry.isFile() || name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                    throw new BackupRefusedException(BackupRefusedException.Reason.NOT_A_BACKUP);
                }
                Files.copy(tar, into.resolve(name));
                files++;
            }
        }
        if (files == 0) {
            throw new BackupRefusedException(BackupRefusedException.Reason.NOT_A_BACKUP);
        }
        return files;
    }

    private static Optional<String> argument(String[] args, String prefix) {
        return Stream.of(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst();
    }

    private static boolean empty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(path);
                } catch (DirectoryNotEmptyException raced) {
                    // Left for the operating system's temporary clean-up; the restore itself is complete.
                }
            }
        }
    }
}
