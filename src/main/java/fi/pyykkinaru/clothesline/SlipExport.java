package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.text.ExportTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's slips as rows to export, every status, with their themes and the +1s others added to them ("already
 * here"); anonymised without the personal data.
 */
@Service
public class SlipExport {

    private final JdbcClient jdbc;

    SlipExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ExportTable rows(long eventId, boolean anonymised) {
        String personal = anonymised ? "" : ", s.owner_contact, s.reporter_name, s.reporter_email, s.consent";
        String columns = "s.id, l.code, s.title, s.body, s.organisation, s.ownership, s.region, s.status, s.stand, "
                + "s.created_at" + personal;
        return jdbc.sql("select s.id, l.code as line, s.title, s.body, s.organisation, s.ownership, s.region, "
                        + "string_agg(t.theme_code, ' ' order by t.theme_code) as themes, s.status, s.stand, "
                        + "s.created_at, (select count(*) from slip_voice v where v.slip_id = s.id and v.status <> "
                        + "'HIDDEN') as voices" + personal + " from slip s join clothesline l on l.id = s.line_id "
                        + "left join slip_theme t on t.slip_id = s.id where s.event_id = ? group by " + columns
                        + " order by s.id")
                .param(eventId).query(ExportTable::of)
                .labelled("ownership", "ownership.").labelled("region", "region.").labelled("status", "slip.status.")
                .reading("themes", ExportTable.Kind.THEMES);
    }
}
