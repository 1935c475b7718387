package fi.pyykkinaru.harvest;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ReportRepository extends ListCrudRepository<Report, Long> {

    List<Report> findByEventIdOrderById(long eventId);
}
