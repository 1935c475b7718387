package fi.pyykkinaru.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup taken while the app runs is encrypted on the backup folder and restored the documented way (the restore
 * command, into an empty folder, with the key), holding the data; without the key, with another key, or from an
 * altered file, the restore refuses with a clear message and leaves the folder untouched.
 */
@PyykkinaruTest
class BackupsTest {

    @Autowired Backups backups;
    @Autowired JdbcClient jdbc;

    @Test
    void an_online_backup_is_encrypted_and_restored_with_its_key_opens_with_every_slip_in_it(@TempDir Path work)
            throws Exception {
        long slips = jdbc.sql("select count(*) from slip").query(Long.class).single();
        long events = jdbc.sql("select count(*) from stand_event").query(Long.class).single();

        Path archive = backups.backUp();

        assertThat(archive.getFileName().toString()).endsWith(".tar.gz.enc");
        byte[] sealed = Files.readAllBytes(archive);
        assertThat(new String(sealed, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("PYKBAK01");
        // No database text, and not even a gzip stream, reaches the backup folder.
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("CREATE", "stand_event", "INSERT");
        assertThatThrownBy(() -> new GZIPInputStream(Files.newInputStream(archive)).read()).isInstanceOf(java.io.IOException.class);
        try (var left = Files.list(archive.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(name -> name.endsWith(".tar.gz.enc"));
        }
        // The key is apart from the data and the backups, and only its owner may read it.
        Path key = backups.keyFile();
        assertThat(key).exists();
        assertThat(key.startsWith(archive.getParent())).isFalse();
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

        Path restored = work.resolve("data");
        Outcome outcome = restore(archive, key, restored);

        assertThat(outcome.status()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Restored", restored.toString());
        assertThat(restored.resolve("pyykkinaru.script")).exists();
        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + restored.resolve("pyykkinaru")
                + ";shutdown=true;ifexists=true", "SA", "");
                ResultSet counts = db.createStatement().executeQuery(
                        "select (select count(*) from slip), (select count(*) from stand_event) from (values(0))")) {
            counts.next();
            assertThat(counts.getLong(1)).isEqualTo(slips);
            assertThat(counts.getLong(2)).isEqualTo(events);
        }
    }

    @Test
    void without_the_key_the_restore_refuses_and_writes_nothing(@TempDir Path work) throws Exception {
        Path archive = backups.backUp();
        Path restored = work.resolve("data");

        Outcome outcome = restore(archive, work.resolve("no-such.key"), restored);

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("there is no backup key at", "--backup-key=");
        assertThat(restored).doesNotExist();
        assertThat(leftovers(work)).isEmpty();
    }

    @Test
    void with_another_key_the_restore_refuses(@TempDir Path work) throws Exception {
        Path archive = backups.backUp();
        Path other = work.resolve("keys/other.key");
        BackupKey.loadOrCreate(other);
        Path restored = work.resolve("data");

        Outcome outcome = restore(archive, other, restored);

        assertThat(outcome.status()).isEqualTo(3);
        assertThat(outcome.err()).contains("encrypted with another key");
        assertThat(restored).doesNotExist();
    }

    @Test
    void an_altered_cut_or_lengthened_backup_is_refused_and_nothing_lands_in_the_folder(@TempDir Path work) throws Exception {
        Path archive = backups.backUp();
        byte[] sealed = Files.readAllBytes(archive);
        assertThat(sealed.length).as("more than one chunk, so that the middle can be altered").isGreaterThan(1000);

        byte[] flipped = sealed.clone();
        flipped[sealed.length / 2] ^= 0x01;
        byte[] headerAltered = sealed.clone();
        headerAltered[30] ^= 0x01; // the salt: every chunk's key and associated data change
        byte[] cut = java.util.Arrays.copyOf(sealed, sealed.length - 20);
        byte[] lengthened = java.util.Arrays.copyOf(sealed, sealed.length + 1);
        for (byte[] bad : java.util.List.of(flipped, headerAltered, cut, lengthened)) {
            Path tampered = work.resolve("tampered.tar.gz.enc");
            Files.write(tampered, bad);
            Path restored = Files.createDirectories(work.resolve("empty-data"));

            Outcome outcome = restore(tampered, backups.keyFile(), restored);

            assertThat(outcome.status()).as(outcome.err()).isEqualTo(4);
            assertThat(outcome.err()).contains("altered or is incomplete", "Nothing was restored");
            try (var inside = Files.list(restored)) {
                assertThat(inside).isEmpty();
            }
        }
        assertThat(leftovers(work)).isEmpty();
    }

    @Test
    void a_plain_archive_or_a_full_data_folder_is_refused_in_the_systems_language(@TempDir Path work) throws Exception {
        Path archive = backups.backUp();
        Path plain = work.resolve("plain.tar.gz");
        Files.write(plain, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0});
        assertThat(restore(plain, backups.keyFile(), work.resolve("a")).err()).contains("not an encrypted Pyykkinaru backup");

        Path full = Files.createDirectories(work.resolve("full"));
        Files.writeString(full.resolve("pyykkinaru.script"), "keep me");
        Outcome refused = restore(archive, backups.keyFile(), full);
        assertThat(refused.status()).isEqualTo(6);
        assertThat(refused.err()).contains("the folder is not empty");
        assertThat(Files.readString(full.resolve("pyykkinaru.script"))).isEqualTo("keep me");

        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("fi", "FI"));
            assertThat(restore(archive, work.resolve("none.key"), work.resolve("b")).err())
                    .contains("avainta ei ole paikassa");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void the_key_is_refused_inside_the_data_or_backup_folder() {
        assertThatThrownBy(() -> new Backups(jdbc, "target/x/backups", "target/x/data", "target/x/backups/backup.key", 2))
                .hasMessageContaining("must not be inside");
        assertThatThrownBy(() -> new Backups(jdbc, "target/x/backups", "target/x/data", "target/x/data/keys/k", 2))
                .hasMessageContaining("must not be inside");
    }

    @Test
    void old_backups_are_pruned_to_the_newest_ones_and_old_plain_ones_are_sealed(@TempDir Path folder) throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path backupsFolder = folder.resolve("backups");
        Backups keepingTwo = new Backups(jdbc, backupsFolder.toString(), data.toString(),
                folder.resolve("keys/backup.key").toString(), 2);
        keepingTwo.backUp();
        // A plain archive from a version before encryption is sealed at the next backup.
        Files.copy(firstPlainArchive(), backupsFolder.resolve("pyykkinaru-19990101T000000.tar.gz"));
        Thread.sleep(1100);
        keepingTwo.backUp();
        Thread.sleep(1100);
        Path newest = keepingTwo.backUp();

        assertThat(keepingTwo.archives()).hasSize(2).last().isEqualTo(newest);
        try (var files = Files.list(backupsFolder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(2)
                    .allMatch(name -> name.endsWith(".tar.gz.enc"));
        }
        try (var work = Files.list(data.resolve("backup-work"))) {
            assertThat(work).as("no plain archive is left behind").isEmpty();
        }
    }

    /** A plain archive as HSQLDB writes it, made with tar from a restored backup. */
    private Path firstPlainArchive() throws Exception {
        Path dir = Files.createTempDirectory("plain-backup");
        Path restored = dir.resolve("data");
        assertThat(restore(backups.backUp(), backups.keyFile(), restored).status()).isZero();
        Path plain = dir.resolve("plain.tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", plain.toString(), "-C", restored.toString(), ".")
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return plain;
    }

    private static java.util.List<Path> leftovers(Path work) throws Exception {
        try (var files = Files.list(work)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".pyykkinaru-restore-")).toList();
        }
    }

    private static Outcome restore(Path backup, Path key, Path into) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Locale before = Locale.getDefault();
        if (!before.getLanguage().equals("fi")) {
            Locale.setDefault(Locale.ENGLISH);
        }
        try {
            int status = BackupRestore.run(new String[] {"--restore=" + backup, "--backup-key=" + key, "--into=" + into},
                    Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            Locale.setDefault(before);
        }
    }

    private record Outcome(int status, String out, String err) {
    }
}
