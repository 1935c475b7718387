package fi.pyykkinaru.harvest;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<TeamMember, Long> {

    List<TeamMember> findByEventIdOrderByPosition(long eventId);

    @Query("select id from production_member where event_id = :eventId and email is not null order by id")
    List<Long> idsWithEmail(long eventId);

    @Query("select id from production_member where lower(name) like :pattern or lower(email) like :pattern order by id")
    List<Long> idsNaming(String pattern);
}
