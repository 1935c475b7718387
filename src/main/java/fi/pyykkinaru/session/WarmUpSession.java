package fi.pyykkinaru.session;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.WarmUpEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The session the phones' warm-up votes on while the server starts (session.phone.PhoneWarmUp): running now, in the
 * warm-up's hidden event ({@link WarmUpEvent}), so no programme, screen, harvest or export ever shows it or its votes.
 * Not recorded in the audit log: no one made it, and it is gone again within a minute.
 */
@Component
public class WarmUpSession {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private final WarmUpEvent events;
    private final SessionRepository sessions;
    private final Clock clock;

    WarmUpSession(WarmUpEvent events, SessionRepository sessions, Clock clock) {
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * A new warm-up session in a hidden event of its own; returns its token, the phones' address {@code /s/{token}}.
     * Every other round is a full programme item (room, description, the responsible person), as most of an
     * event's are; the rest have only the title, as a session added in haste has. The first burst of phones after the
     * warm-up then finds the page's code compiled for either kind, not only for the one the warm-up happened to use.
     */
    @Transactional
    public String open(int round) {
        boolean full = round % 2 == 1;
        Event event = events.open(full);
        // Running now; a full one from the full hour, as programmes are mostly written.
        Instant start = full ? clock.instant().truncatedTo(ChronoUnit.HOURS) : clock.instant().minus(Duration.ofMinutes(30));
        return sessions.save(new Session(null, Objects.requireNonNull(event.id()), SessionTokens.next(),
                full ? "Lämmittely & \"koe\" " + round : "Warm-up " + round, full ? "Warm-up" : null, start,
                start.plus(Duration.ofMinutes(full ? 90 : 60)),
                full ? "Sali A" : null, full ? "Pyykkinaru" : null, null, full ? "Pyykkinaru" : null,
                SessionOrigin.ORGANISER, LANGUAGES.get(round % LANGUAGES.size()), 0)).token();
    }

    /**
     * Removes this start's warm-up sessions with their votes but those with the given tokens, and those a stopped
     * server left over a minute ago; returns how many went.
     */
    public int removeAllBut(Collection<String> tokens) {
        return events.removeAllBut(tokens.stream().flatMap(token -> sessions.findByToken(token).stream())
                .map(Session::eventId).toList());
    }

    /** Removes this start's warm-up sessions with their votes, and those a stopped server left over a minute ago. */
    public int removeAll() {
        return removeAllBut(List.of());
    }
}
