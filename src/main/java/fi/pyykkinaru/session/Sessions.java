package fi.pyykkinaru.session;

import fi.pyykkinaru.staff.AuditLog;
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
    private final AuditLog audit;

    Sessions(SessionRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public Session save(Session session) {
        Session saved = repository.save(session);
        audit.record(session.id() == null ? "session.add" : "session.edit", "session " + saved.token() + " (event " + saved.eventId() + ")");
        return saved;
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
