package fi.pyykkinaru.harvest;

import fi.pyykkinaru.text.ExportTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An event's reports as rows to export, with their assignee and slip count; anonymised without contacts or texts. */
@Component
class ReportExport {

    private final JdbcClient jdbc;

    ReportExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    ExportTable rows(long eventId, boolean anonymised) {
        return jdbc.sql("select r.id, r.title, r.body, r.organisation, r.status, m.name as assignee, r.scheduled_for, "
                        + "r.published_url, r.published_on, r.declined_reason, r.hidden, "
                        + "(select count(*) from report_slip x where x.report_id = r.id) as slips"
                        + (anonymised ? "" : ", r.contact, r.received_text")
                        + " from report r left join production_member m on m.id = r.assignee_id where r.event_id = ? "
                        + "order by r.id")
                .param(eventId).query(ExportTable::of).labelled("status", "report.status.");
    }
}
