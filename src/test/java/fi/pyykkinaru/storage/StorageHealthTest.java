package fi.pyykkinaru.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The data folder's health: fine, running low (staff warned), or unable to take writes (visitors refused first). */
class StorageHealthTest {

    @TempDir Path folder;

    @Test
    void a_folder_with_room_is_fine() {
        StorageHealth health = new StorageHealth(folder.toString(), DataSize.ofBytes(1), DataSize.ofBytes(0));

        assertThat(health.status().level()).isEqualTo(StorageHealth.Level.OK);
        assertThat(health.status().freeMb()).isPositive();
        assertThatNoException().isThrownBy(health::requireWritable);
    }

    @Test
    void below_the_warning_line_staff_are_warned_but_visitors_go_on() {
        StorageHealth health = new StorageHealth(folder.toString(), DataSize.ofTerabytes(1_000_000), DataSize.ofBytes(0));

        assertThat(health.status().level()).isEqualTo(StorageHealth.Level.LOW);
        assertThatNoException().isThrownBy(health::requireWritable);
    }

    @Test
    void below_the_stop_line_writes_are_refused_before_they_start() {
        StorageHealth health = new StorageHealth(folder.toString(), DataSize.ofTerabytes(2_000_000),
                DataSize.ofTerabytes(1_000_000));

        assertThat(health.status()).satisfies(s -> {
            assertThat(s.level()).isEqualTo(StorageHealth.Level.STOPPED);
            assertThat(s.writable()).isTrue();
        });
        assertThatThrownBy(health::requireWritable).isInstanceOf(StorageUnavailableException.class).hasMessage("disk full");
    }

    @Test
    void a_folder_that_cannot_be_written_stops_writes() throws Exception {
        // Root ignores permissions; a data folder whose path runs through a file cannot be written by anyone.
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        StorageHealth health = new StorageHealth(file.resolve("data").toString(), DataSize.ofBytes(1), DataSize.ofBytes(0));

        assertThat(health.status().writable()).isFalse();
        assertThat(health.status().level()).isEqualTo(StorageHealth.Level.STOPPED);
        assertThatThrownBy(health::requireWritable).hasMessage("data folder not writable");
    }

    @Test
    void a_folder_cleared_again_takes_writes_at_once() throws Exception {
        Path file = Files.writeString(folder.resolve("blocked"), "x");
        StorageHealth health = new StorageHealth(file.toString(), DataSize.ofBytes(1), DataSize.ofBytes(0));
        assertThat(health.status().level()).isEqualTo(StorageHealth.Level.STOPPED);

        Files.delete(file);

        assertThatNoException().isThrownBy(health::requireWritable);
        assertThat(health.status().level()).isEqualTo(StorageHealth.Level.OK);
    }
}
