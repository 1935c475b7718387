package fi.pyykkinaru.harvest;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<TeamMember, Long> {

    List<TeamMember> findByEventIdOrderByPosition(long eventId);
}
