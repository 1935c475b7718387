package fi.pyykkinaru.kiosk;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The settings organisers change in the console, by name. A change names the value it replaces, so that of two
 * organisers changing the same setting the second is told instead of silently overwriting the first.
 */
@Component
class Settings {

    private final JdbcClient jdbc;
    private final Clock clock;

    Settings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<String> value(String name) {
        return jdbc.sql("select setting_value from setting where name = ?").param(name).query(String.class).optional();
    }

    /**
     * Sets (or, with {@code null}, removes) a setting if it still holds {@code seen}; false when someone changed it
     * meanwhile. Runs in the caller's transaction.
     */
    boolean replace(String name, @Nullable String seen, @Nullable String next) {
        if (next == null) {
            return seen == null ? value(name).isEmpty()
                    : jdbc.sql("delete from setting where name = ? and setting_value = ?").params(name, seen).update() == 1;
        }
        if (seen == null) {
            try {
                return jdbc.sql("insert into setting (name, setting_value, changed_at) values (?, ?, ?)")
                        .params(name, next, clock.instant().atOffset(ZoneOffset.UTC)).update() == 1;
            } catch (DuplicateKeyException meanwhile) {
                return false;
            }
        }
        return Objects.equals(seen, next) ? value(name).filter(seen::equals).isPresent()
                : jdbc.sql("update setting set setting_value = ?, changed_at = ? where name = ? and setting_value = ?")
                        .params(next, clock.instant().atOffset(ZoneOffset.UTC), name, seen).update() == 1;
    }
}
