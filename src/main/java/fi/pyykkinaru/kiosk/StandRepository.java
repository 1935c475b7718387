package fi.pyykkinaru.kiosk;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface StandRepository extends ListCrudRepository<Stand, Long> {

    List<Stand> findByEventIdOrderByName(long eventId);
}
