package fi.pyykkinaru.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
}
