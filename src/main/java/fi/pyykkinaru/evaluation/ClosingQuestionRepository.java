package fi.pyykkinaru.evaluation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ClosingQuestionRepository extends ListCrudRepository<ClosingQuestion, Long> {

    List<ClosingQuestion> findByEventIdOrderByPositionAscIdAsc(long eventId);
}
