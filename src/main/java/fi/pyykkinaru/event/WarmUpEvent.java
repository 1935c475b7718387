package fi.pyykkinaru.event;

import fi.pyykkinaru.i18n.LocalizedText;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hidden event the phones' warm-up votes in while the server starts (session.phone.PhoneWarmUp). It is known by
 * its row in {@code warm_up_event}, not by a name or slug an organiser could also give an event, so removing it can
 * never take an organiser's event. {@link Events} never lists it; it goes with everything in it ({@link Events#remove})
 * when the warm-up ends, or, if the server stopped during the warm-up, at a start over a minute later.
 */
@Component
public class WarmUpEvent {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final Events events;
    private final JdbcClient jdbc;
    /** This start's, among the nodes that share the database. */
    private final String run = HexFormat.of().toHexDigits(RANDOM.nextLong());

    WarmUpEvent(Events events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * A new hidden event, archived and long past, in every language. A full one has what an organiser's usually has
     * (a venue, a theme, a name with characters a page must escape); the other only what an event needs.
     */
    @Transactional
    public Event open(boolean full) {
        String slug = "warm-up-" + HexFormat.of().toHexDigits(RANDOM.nextLong());
        Event event = events.create(Event.create(slug, full ? "Pyykkinaru – lämmittely & \"koe\"" : "Pyykkinaru warm-up",
                LONG_AGO, LONG_AGO, full ? "Sali Ä" : null, List.of(Locale.of("fi"), Locale.of("sv"), Locale.of("en")),
                ModerationPolicy.PUBLISH, full ? List.of(new Theme("warm-up", new LocalizedText("Lämmittely", "Uppvärmning",
                        "Warm-up"))) : List.of()).withArchived(true));
        jdbc.sql("insert into warm_up_event (event_id, run) values (?, ?)").param(Objects.requireNonNull(event.id()))
                .param(run).update();
        return event;
    }

    /**
     * Removes this start's hidden events but those given, and those any start opened over a minute ago, with
     * everything in them; returns how many went. Another node's warm-up still running keeps its own: it holds only its
     * last two rounds, seconds old. A server stopped during its warm-up leaves its rounds for the next warm-up to find.
     */
    @Transactional
    public int removeAllBut(Collection<Long> kept) {
        List<Long> gone = jdbc.sql("select event_id from warm_up_event where run = ? or opened_at < current_timestamp - "
                + "interval '1' minute").param(run).query((row, n) -> row.getLong(1)).list().stream()
                .filter(id -> !kept.contains(id)).toList();
        for (long id : gone) {
            jdbc.sql("delete from warm_up_event where event_id = ?").param(id).update();
            events.remove(id);
        }
        return gone.size();
    }
}
