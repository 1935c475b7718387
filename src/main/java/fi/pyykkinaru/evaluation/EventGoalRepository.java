package fi.pyykkinaru.evaluation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface EventGoalRepository extends ListCrudRepository<EventGoal, Long> {

    List<EventGoal> findByEventIdOrderByPositionAscIdAsc(long eventId);
}
