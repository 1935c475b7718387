package fi.pyykkinaru.kiosk;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stands of events. Saving a stand another organiser changed meanwhile fails with Spring's
 * {@link org.springframework.dao.OptimisticLockingFailureException}: the second is told, not silently overwritten.
 */
@Service
public class Stands {

    private final StandRepository repository;
    private final ApplicationEventPublisher publisher;

    Stands(StandRepository repository, ApplicationEventPublisher publisher) {
        this.repository = repository;
        this.publisher = publisher;
    }

    @Transactional
    public Stand save(Stand stand) {
        Stand saved = repository.save(stand);
        publisher.publishEvent(new StandChanged(saved.eventId(), saved.requireId()));
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<Stand> find(long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Stand> of(long eventId) {
        return repository.findByEventIdOrderByName(eventId);
    }

    @Transactional
    public void remove(long standId) {
        repository.findById(standId).ifPresent(stand -> {
            repository.delete(stand);
            publisher.publishEvent(new StandChanged(stand.eventId(), standId));
        });
    }
}
