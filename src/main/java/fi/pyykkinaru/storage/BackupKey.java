package fi.pyykkinaru.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key the backups are encrypted with: 32 random bytes, Base64 in a file of its own that only its owner may read.
 * It lives apart from the data and backup folders, so that a lost backup stick or a copied data folder does not carry
 * it along; without it no backup can be read, so organisers keep a copy of it somewhere safe (README, "Backups").
 */
public final class BackupKey {

    static final int BYTES = 32;
    private static final String ID_LABEL = "pyykkinaru backup key id";

    private final byte[] key;

    private BackupKey(byte[] key) {
        this.key = key.clone();
    }

    /** The key in this file, made (with its folder) on first use, readable by the owner only. */
    static synchronized BackupKey loadOrCreate(Path file) {
        try {
            return load(file);
        } catch (BackupRefusedException missing) {
            if (Files.exists(file)) {
                throw new IllegalStateException("The backup key " + file + " cannot be read: " + missing.getMessage());
            }
        }
        byte[] fresh = new byte[BYTES];
        new SecureRandom().nextBytes(fresh);
        try {
            Path folder = java.util.Objects.requireNonNull(file.toAbsolutePath().getParent(), "a key file is in a folder");
            if (!Files.isDirectory(folder)) {
                createOwnerOnly(folder, true);
            }
            createOwnerOnly(file, false);
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
            return new BackupKey(fresh);
        } catch (FileAlreadyExistsException raced) {
            return loadOrCreate(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup key " + file + " could not be made", e);
        }
    }

    /** The key in this file; refused when there is none or it holds no key. */
    public static BackupKey load(Path file) throws BackupRefusedException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            throw new BackupRefusedException(BackupRefusedException.Reason.NO_KEY, file);
        } catch (IOException | RuntimeException e) {
            throw new BackupRefusedException(BackupRefusedException.Reason.NO_KEY, file);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new BackupRefusedException(BackupRefusedException.Reason.NO_KEY, file);
        }
        if (key.length != BYTES) {
            throw new BackupRefusedException(BackupRefusedException.Reason.NO_KEY, file);
        }
        return new BackupKey(key);
    }

    /**
     * Refuses a key file inside any of these folders: a key kept with the data or the backups protects nothing.
     * Relative paths are taken from the working folder, as the app takes them.
     */
    static void requireApart(Path keyFile, List<Path> folders) {
        Path key = keyFile.toAbsolutePath().normalize();
        for (Path folder : folders) {
            if (key.startsWith(folder.toAbsolutePath().normalize())) {
                throw new IllegalStateException("The backup key " + key + " must not be inside " + folder.toAbsolutePath()
                        + ": set pyykkinaru.backup.key (PYYKKINARU_BACKUP_KEY) to a file outside the data and backup folders");
            }
        }
    }

    /** Eight bytes that tell this key from another without giving it away: a backup names the key it was made with. */
    byte[] id() {
        return Arrays.copyOf(hmac(ID_LABEL.getBytes(StandardCharsets.US_ASCII)), 8);
    }

    /** A key for one file, from this key and the file's own random salt: no two backups share a key. */
    SecretKeySpec forFile(byte[] salt) {
        byte[] label = "pyykkinaru backup file".getBytes(StandardCharsets.US_ASCII);
        byte[] input = Arrays.copyOf(label, label.length + salt.length);
        System.arraycopy(salt, 0, input, label.length, salt.length);
        return new SecretKeySpec(hmac(input), "AES");
    }

    private byte[] hmac(byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static void createOwnerOnly(Path path, boolean folder) throws IOException {
        try {
            if (folder) {
                Files.createDirectories(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (UnsupportedOperationException notPosix) {
            // A file system without owner permissions (FAT, Windows): the folder's own access rules apply.
            if (folder) {
                Files.createDirectories(path);
            } else {
                Files.createFile(path);
            }
        }
    }
}
