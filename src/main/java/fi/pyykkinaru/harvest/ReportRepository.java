package fi.pyykkinaru.harvest;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReportRepository extends ListCrudRepository<Report, Long> {

    @Query("select id from report where event_id = :eventId and contact is not null order by id")
    List<Long> idsWithContact(long eventId);

    @Query("select id from report where lower(contact) like :pattern order by id")
    List<Long> idsNaming(String pattern);

    List<Report> findByEventIdOrderById(long eventId);

    @Query("select count(*) from report_slip where slip_id = :slipId")
    long countSlip(long slipId);

    @Query("select x.slip_id from report_slip x join report r on r.id = x.report_id where r.event_id = :eventId")
    List<Long> findSlipIdsByEventId(long eventId);
}
