package fi.pyykkinaru.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The events known to this server. */
@Service
public class Events {

    private final EventRepository repository;
    private final Clock clock;

    Events(EventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public Event create(Event event) {
        return repository.save(event);
    }

    @Transactional(readOnly = true)
    public Optional<Event> find(long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Event> bySlug(String slug) {
        return repository.findBySlug(slug);
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return repository.count() == 0;
    }

    /** The event running today, else the one that starts latest: what a stand without a chosen event shows. */
    @Transactional(readOnly = true)
    public Optional<Event> current() {
        LocalDate today = LocalDate.now(clock);
        List<Event> all = repository.findAllByOrderByStartsOnDesc();
        return all.stream().filter(e -> e.runsOn(today)).findFirst().or(() -> all.stream().findFirst());
    }

    /** Every event, the latest first. */
    @Transactional(readOnly = true)
    public List<Event> all() {
        return repository.findAllByOrderByStartsOnDesc();
    }

    /** How many days after its last day the event's personal data is kept; null: until purged by hand. */
    @Transactional
    public Event setRetentionDays(long eventId, @Nullable Integer days) {
        return repository.save(get(eventId).withRetentionDays(days));
    }

    /** The events whose personal data is due to be purged by this day. */
    @Transactional(readOnly = true)
    public List<Event> personalDataDue(LocalDate today) {
        return repository.findAllByOrderByStartsOnDesc().stream().filter(e -> e.personalDataDue(today)).toList();
    }

    /** The event's personal data was purged: the nightly run leaves it alone from now on. */
    @Transactional
    public Event personalDataPurged(long eventId, Instant at) {
        return repository.save(get(eventId).withPersonalDataPurgedAt(at));
    }

    private Event get(long eventId) {
        return repository.findById(eventId).orElseThrow(() -> new NoSuchElementException("No event " + eventId));
    }
}
