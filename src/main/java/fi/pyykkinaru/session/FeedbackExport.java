package fi.pyykkinaru.session;

import fi.pyykkinaru.text.ExportTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's feedback answers as rows to export, by session in programme order; anonymised without the
 * comments, which may name people. Staff's paper and remote counts are not answers and are not in it.
 */
@Service
public class FeedbackExport {

    private final JdbcClient jdbc;

    FeedbackExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ExportTable rows(long eventId, boolean anonymised) {
        return jdbc.sql("select p.token as session, p.title as session_title, a.channel, a.score, a.region, "
                        + "a.organisation_type, a.attendance, a.answered_on" + (anonymised ? "" : ", a.comment")
                        + " from feedback_answer a join programme_session p on p.id = a.session_id where p.event_id = ? "
                        + "order by p.starts_at, a.answered_on")
                .param(eventId).query(ExportTable::of)
                .labelled("channel", "channel.").labelled("region", "region.")
                .labelled("organisation_type", "organisation-type.").labelled("attendance", "attendance.");
    }
}
