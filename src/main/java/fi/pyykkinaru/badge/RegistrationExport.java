package fi.pyykkinaru.badge;

import fi.pyykkinaru.text.ExportTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An event's registrations as rows to export; anonymised without names, e-mails and badge codes. */
@Service
public class RegistrationExport {

    private final JdbcClient jdbc;

    RegistrationExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ExportTable rows(long eventId, boolean anonymised) {
        return jdbc.sql("select " + (anonymised ? "" : "name, email, badge_code, ")
                        + "organisation, organisation_type, region, languages, source, registered_at"
                        + (anonymised ? "" : ", email_consent")
                        + " from registration where event_id = ? order by id")
                .param(eventId).query(ExportTable::of)
                .labelled("organisation_type", "organisation-type.").labelled("region", "region.")
                .reading("languages", ExportTable.Kind.LANGUAGES).labelled("source", "registration.source.");
    }
}
