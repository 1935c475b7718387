package fi.pyykkinaru.session;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.WarmUpEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    private final WarmUpEvent events;
    private final SessionRepository sessions;
    private final Clock clock;

    WarmUpSession(WarmUpEvent events, SessionRepository sessions, Clock clock) {
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A new warm-up session; returns its token, the phones' address {@code /s/{token}}. */
    @Transactional
    public String open() {
        Event event = events.open();
        Instant now = clock.instant();
        return sessions.save(new Session(null, Objects.requireNonNull(event.id()), SessionTokens.next(), "Warm-up", null,
                now.minus(Duration.ofMinutes(30)), now.plus(Duration.ofMinutes(30)), null, null, null, null,
                SessionOrigin.ORGANISER, "fi", 0)).token();
    }

    /** Removes every warm-up session with its votes, those left by a server stopped during its warm-up too. */
    public int removeAll() {
        return events.removeAll();
    }
}
