package fi.pyykkinaru.harvest;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReportRepository extends ListCrudRepository<Report, Long> {

    List<Report> findByEventIdOrderById(long eventId);

    @Query("select count(*) from report_slip where slip_id = :slipId")
    long countSlip(long slipId);

    @Query("select x.slip_id from report_slip x join report r on r.id = x.report_id where r.event_id = :eventId")
    List<Long> findSlipIdsByEventId(long eventId);
}
