package fi.pyykkinaru.clothesline;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface SlipRepository extends ListCrudRepository<Slip, Long> {

    List<Slip> findByLineIdAndStatusOrderByIdDesc(long lineId, SlipStatus status, Pageable page);

    long countByLineIdAndStatus(long lineId, SlipStatus status);

    List<Slip> findByEventIdAndStatusOrderByIdDesc(long eventId, SlipStatus status, Pageable page);
}
