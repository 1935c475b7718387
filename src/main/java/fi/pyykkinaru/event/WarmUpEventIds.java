package fi.pyykkinaru.event;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ids of the warm-up's hidden events ({@link WarmUpEvent}), which {@link Events} leaves out of every list. */
@Component
class WarmUpEventIds {

    private final JdbcClient jdbc;

    WarmUpEventIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> ids() {
        return jdbc.sql("select event_id from warm_up_event").query((row, n) -> row.getLong(1)).list();
    }
}
