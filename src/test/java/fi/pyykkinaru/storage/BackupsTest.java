package fi.pyykkinaru.storage;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A backup taken while the app runs, restored the documented way (tar into an empty folder), holds the data. */
@PyykkinaruTest
class BackupsTest {

    @Autowired Backups backups;
    @Autowired JdbcClient jdbc;

    @Test
    void an_online_backup_restored_with_tar_opens_with_every_slip_in_it(@TempDir Path restored) throws Exception {
        long slips = jdbc.sql("select count(*) from slip").query(Long.class).single();
        long events = jdbc.sql("select count(*) from stand_event").query(Long.class).single();

        Path archive = backups.backUp();

        assertThat(archive).exists().hasFileName(archive.getFileName().toString());
        assertThat(archive.getFileName().toString()).endsWith(".tar.gz");
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", restored.toString())
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes())).isZero();
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
    void old_backups_are_pruned_to_the_newest_ones(@TempDir Path folder) throws Exception {
        Backups keepingTwo = new Backups(jdbc, folder.toString(), 2);
        keepingTwo.backUp();
        Thread.sleep(1100);
        keepingTwo.backUp();
        Thread.sleep(1100);
        Path newest = keepingTwo.backUp();

        assertThat(keepingTwo.archives()).hasSize(2).last().isEqualTo(newest);
        assertThat(Files.list(folder).count()).isEqualTo(2);
    }
}
