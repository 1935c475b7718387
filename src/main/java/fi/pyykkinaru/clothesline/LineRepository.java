package fi.pyykkinaru.clothesline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface LineRepository extends ListCrudRepository<Line, Long> {

    List<Line> findByEventIdAndActiveTrueOrderBySortOrder(long eventId);

    List<Line> findByEventId(long eventId);

    Optional<Line> findByEventIdAndCode(long eventId, String code);
}
