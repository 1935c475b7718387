package fi.pyykkinaru.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A stand database migrated before V3 became portable starts as before; nothing else is waved through. */
@PyykkinaruTest
class SchemaMigrationsTest {

    @Autowired Flyway flyway;
    @Autowired FlywayMigrationStrategy migrations;
    @Autowired JdbcClient jdbc;

    @Test
    void the_known_checksum_is_that_of_todays_v3() {
        assertThat(flyway.info().applied()).filteredOn(m -> m.getVersion().equals(MigrationVersion.fromVersion("3")))
                .singleElement().satisfies(v3 -> assertThat(v3.getChecksum()).isEqualTo(SchemaMigrations.V3_WITH_PLACEHOLDER));
    }

    @Test
    void a_database_migrated_by_the_old_v3_is_accepted() {
        setV3Checksum(SchemaMigrations.V3_BEFORE_PLACEHOLDER);
        assertThatThrownBy(flyway::validate).hasMessageContaining("checksum mismatch");

        migrations.migrate(flyway);

        assertThat(v3Checksum()).isEqualTo(SchemaMigrations.V3_WITH_PLACEHOLDER);
        assertThatNoException().isThrownBy(flyway::validate);
    }

    @Test
    void any_other_changed_checksum_still_stops_the_start() {
        setV3Checksum(12345);
        try {
            assertThatThrownBy(() -> migrations.migrate(flyway)).hasMessageContaining("checksum mismatch");
        } finally {
            setV3Checksum(SchemaMigrations.V3_WITH_PLACEHOLDER);
        }
    }

    private void setV3Checksum(int checksum) {
        jdbc.sql("update \"flyway_schema_history\" set \"checksum\" = ? where \"version\" = '3'").param(checksum).update();
    }

    private int v3Checksum() {
        return jdbc.sql("select \"checksum\" from \"flyway_schema_history\" where \"version\" = '3'").query(Integer.class).single();
    }
}
