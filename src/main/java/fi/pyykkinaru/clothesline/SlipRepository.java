package fi.pyykkinaru.clothesline;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SlipRepository extends ListCrudRepository<Slip, Long> {

    @Query("select id from slip where event_id = :eventId and (owner_contact is not null or reporter_name is not null "
            + "or reporter_email is not null or consent) order by id")
    List<Long> idsWithPersonalData(long eventId);

    @Query("select id from slip where lower(reporter_name) like :pattern or lower(reporter_email) like :pattern "
            + "or lower(owner_contact) like :pattern order by id")
    List<Long> idsNaming(String pattern);

    @Query("select id from slip where lower(title) like :pattern or lower(body) like :pattern order by id")
    List<Long> idsWriting(String pattern);

    List<Slip> findByLineIdAndStatusOrderByIdDesc(long lineId, SlipStatus status, Pageable page);

    long countByLineIdAndStatus(long lineId, SlipStatus status);

    long countByLineId(long lineId);

    List<Slip> findByEventIdAndStatusOrderByIdDesc(long eventId, SlipStatus status, Pageable page);
}
