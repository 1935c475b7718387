package fi.pyykkinaru.kiosk;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface StandSlotRepository extends ListCrudRepository<StandSlot, Long> {

    List<StandSlot> findByStandIdOrderByStartsAt(long standId);

    List<StandSlot> findByEventIdOrderByStartsAt(long eventId);
}
