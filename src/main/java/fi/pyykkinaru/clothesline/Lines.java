package fi.pyykkinaru.clothesline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clotheslines of events. */
@Service
public class Lines {

    private final LineRepository repository;

    Lines(LineRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Line create(Line line) {
        return repository.save(line);
    }

    @Transactional(readOnly = true)
    public List<Line> active(long eventId) {
        return repository.findByEventIdAndActiveTrueOrderBySortOrder(eventId);
    }

    /** The event's active lines that the stand shows: those named, in the event's order, or all when none are named. */
    @Transactional(readOnly = true)
    public List<Line> shown(long eventId, Collection<String> codes) {
        List<Line> all = active(eventId);
        List<Line> chosen = all.stream().filter(l -> codes.contains(l.code())).toList();
        return codes.isEmpty() || chosen.isEmpty() ? all : chosen;
    }

    @Transactional(readOnly = true)
    public Optional<Line> find(long id) {
        return repository.findById(id);
    }
}
