package fi.pyykkinaru.call;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface CallRepository extends ListCrudRepository<Call, Long> {

    List<Call> findByEventIdOrderByOpensAtAsc(long eventId);
}
