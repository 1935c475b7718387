package fi.pyykkinaru.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme of events: sessions and their tokens. */
@Service
public class Sessions {

    private final SessionRepository repository;

    Sessions(SessionRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Session save(Session session) {
        return repository.save(session);
    }

    @Transactional(readOnly = true)
    public List<Session> programme(long eventId) {
        return repository.findByEventIdOrderByStartsAtAscRoomAsc(eventId);
    }

    /** Sessions running now, about to start (15 min) or ended within the hour: what a visitor most likely rates. */
    @Transactional(readOnly = true)
    public List<Session> nowAndJustEnded(long eventId, Instant now) {
        return programme(eventId).stream()
                .filter(s -> !s.startsAt().isAfter(now.plus(Duration.ofMinutes(15)))
                        && !s.endsAt().isBefore(now.minus(Duration.ofHours(1))))
                .toList();
    }

    /** The session of a token as typed or scanned, if it is one of ours. */
    @Transactional(readOnly = true)
    public Optional<Session> byToken(String typedOrScanned) {
        String token = SessionTokens.normalise(typedOrScanned);
        return SessionTokens.isWellFormed(token) ? repository.findByToken(token) : Optional.empty();
    }
}
