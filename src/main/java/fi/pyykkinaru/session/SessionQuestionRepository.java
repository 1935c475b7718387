package fi.pyykkinaru.session;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface SessionQuestionRepository extends ListCrudRepository<SessionQuestion, Long> {

    List<SessionQuestion> findBySessionIdOrderByAskedAtAsc(long sessionId);
}
