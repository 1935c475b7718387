package fi.pyykkinaru.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the Flyway migrations. V3 once named HSQLDB's binary type itself ({@code blob(64M)}); it now says
 * {@code ${binary}} so that the same migration also runs on PostgreSQL ({@code bytea}). Flyway checksums the
 * text before placeholders are filled in, so a stand database migrated by the old V3 still records the old
 * checksum: exactly that one value is brought up to date before validating, nothing else.
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigrations {

    static final int V3_BEFORE_PLACEHOLDER = -2022303102;
    static final int V3_WITH_PLACEHOLDER = 385637887;
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    @Bean
    FlywayMigrationStrategy migrations() {
        return flyway -> {
            acceptPortableV3(flyway);
            flyway.migrate();
        };
    }

    private static void acceptPortableV3(Flyway flyway) {
        boolean oldV3 = Arrays.stream(flyway.info().applied()).anyMatch(m -> "3".equals(m.getVersion().getVersion())
                && Integer.valueOf(V3_BEFORE_PLACEHOLDER).equals(m.getChecksum()));
        if (!oldV3) {
            return;
        }
        try (Connection db = flyway.getConfiguration().getDataSource().getConnection();
                Statement update = db.createStatement()) {
            // Flyway made the table with quoted lower-case names: HSQLDB would upper-case them unquoted.
            update.executeUpdate("update \"" + flyway.getConfiguration().getTable() + "\" set \"checksum\" = "
                    + V3_WITH_PLACEHOLDER + " where \"version\" = '3' and \"checksum\" = " + V3_BEFORE_PLACEHOLDER);
            log.info("Schema history: V3 now portable between HSQLDB and PostgreSQL (checksum updated)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update V3's checksum in the schema history", e);
        }
    }
}
