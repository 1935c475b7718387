package fi.pyykkinaru.call;

import fi.pyykkinaru.event.Event;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An event's calls: opening one with the defaults, and the organiser's edits. */
@Service
public class Calls {

    private final CallRepository repository;
    private final CallDefaults defaults;
    private final Clock clock;

    Calls(CallRepository repository, CallDefaults defaults, Clock clock) {
        this.repository = repository;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** Opens a call of this kind now, with the default questions, criteria and messages, ready to take proposals. */
    @Transactional
    public Call open(Event event, CallKind kind) {
        return repository.save(defaults.newCall(event, kind, clock.instant()));
    }

    /** Saves an organiser's edit; a stale version (another organiser saved first) fails with an optimistic lock. */
    @Transactional
    public Call save(Call call) {
        return repository.save(call);
    }

    @Transactional(readOnly = true)
    public List<Call> ofEvent(long eventId) {
        return repository.findByEventIdOrderByOpensAtAsc(eventId);
    }

    @Transactional(readOnly = true)
    public Optional<Call> find(long callId) {
        return repository.findById(callId);
    }
}
