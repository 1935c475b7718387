package fi.pyykkinaru.harvest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface BenchBriefRepository extends ListCrudRepository<BenchBrief, Long> {

    Optional<BenchBrief> findByLineId(long lineId);

    List<BenchBrief> findByEventId(long eventId);
}
