package fi.pyykkinaru.kiosk;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stands of events. Saving a stand another organiser changed meanwhile fails with Spring's
 * {@link org.springframework.dao.OptimisticLockingFailureException}: the second is told, not silently overwritten.
 */
@Service
public class Stands {

    private final StandRepository repository;

    Stands(StandRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Stand save(Stand stand) {
        return repository.save(stand);
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
        repository.deleteById(standId);
    }
}
