package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.EventHoldings;
import fi.pyykkinaru.event.EventRemoving;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An event's slips (their receipts in the print queue too), their themes and +1s, its catalogue entries and its lines go
 * with the event. After
 * the harvest's listener, whose reports point at slips.
 */
@Component
class SlipsOfRemovedEvent implements EventHoldings {

    private final JdbcClient jdbc;
    private final PrintQueue queue;

    SlipsOfRemovedEvent(JdbcClient jdbc, PrintQueue queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    @EventListener
    @Order(40)
    void on(EventRemoving removing) {
        List<Long> slips = jdbc.sql("select id from slip where event_id = ?").param(removing.eventId())
                .query((rs, row) -> rs.getLong(1)).list();
        queue.forget(PrintKind.SLIP, slips.stream().map(id -> "slip:" + id).toList());
        jdbc.sql("delete from slip_voice where event_id = ?").param(removing.eventId()).update();
        jdbc.sql("delete from slip_theme where slip_id in (select id from slip where event_id = ?)")
                .param(removing.eventId()).update();
        jdbc.sql("delete from slip where event_id = ?").param(removing.eventId()).update();
        jdbc.sql("delete from catalogue_entry where event_id = ?").param(removing.eventId()).update();
        jdbc.sql("delete from clothesline where event_id = ?").param(removing.eventId()).update();
    }

    @Override
    public List<Holding> held(long eventId) {
        return List.of(
                new Holding("event.holding.lines", count("select count(*) from clothesline where event_id = ?", eventId)),
                new Holding("event.holding.slips", count("select count(*) from slip where event_id = ?", eventId)));
    }

    private long count(String sql, long eventId) {
        return jdbc.sql(sql).param(eventId).query(Long.class).single();
    }
}
