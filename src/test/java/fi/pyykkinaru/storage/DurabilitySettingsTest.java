package fi.pyykkinaru.storage;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PyykkinaruTest
class DurabilitySettingsTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void the_log_is_synced_on_every_commit() {
        String writeDelay = jdbc.queryForObject(
                "select property_value from information_schema.system_properties where property_name = ?",
                String.class, "hsqldb.write_delay");
        String writeDelayMillis = jdbc.queryForObject(
                "select property_value from information_schema.system_properties where property_name = ?",
                String.class, "hsqldb.write_delay_millis");

        assertThat(writeDelay).isEqualTo("false");
        assertThat(writeDelayMillis).isEqualTo("0");
    }
}
