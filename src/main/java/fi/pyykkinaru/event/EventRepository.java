package fi.pyykkinaru.event;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface EventRepository extends ListCrudRepository<Event, Long> {

    Optional<Event> findBySlug(String slug);

    List<Event> findAllByOrderByStartsOnDesc();
}
