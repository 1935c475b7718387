package fi.pyykkinaru.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SessionRepository extends ListCrudRepository<Session, Long> {

    Optional<Session> findByToken(String token);

    List<Session> findByEventIdOrderByStartsAtAscRoomAsc(long eventId);
}
