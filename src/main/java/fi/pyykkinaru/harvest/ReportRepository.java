package fi.pyykkinaru.harvest;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReportRepository extends ListCrudRepository<Report, Long> {

    @Query("select id from report where event_id = :eventId and (contact is not null or received_text is not null"
            + " or declined_reason is not null) order by id")
    List<Long> idsWithPersonalData(long eventId);

    @Query("select id from report where lower(contact) like :pattern or lower(received_text) like :pattern"
            + " or lower(declined_reason) like :pattern order by id")
    List<Long> idsNaming(String pattern);

    @Query("select id from report where lower(title) like :pattern or lower(body) like :pattern order by id")
    List<Long> idsWriting(String pattern);

    List<Report> findByEventIdOrderById(long eventId);

    @Query("select count(*) from report_slip where slip_id = :slipId")
    long countSlip(long slipId);

    @Query("select x.slip_id from report_slip x join report r on r.id = x.report_id where r.event_id = :eventId")
    List<Long> findSlipIdsByEventId(long eventId);
}
