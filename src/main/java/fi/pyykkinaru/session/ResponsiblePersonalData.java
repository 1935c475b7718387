package fi.pyykkinaru.session;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions' responsible persons. Their e-mails go with the event's personal data; their names stay, as the
 * published programme shows them, until they ask, when both go.
 */
@Component
class ResponsiblePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ResponsiblePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "SESSION";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        return jdbc.sql("update programme_session set responsible_email = null, version = version + 1"
                + " where event_id = ? and responsible_email is not null").param(eventId).update();
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return jdbc.sql("select count(*) from programme_session where event_id = ? and responsible_email is not null")
                .param(eventId).query(Integer.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return jdbc.sql("select id, title from programme_session where lower(responsible_name) like :p"
                        + " or lower(responsible_email) like :p order by id").param("p", PersonalData.contains(needle))
                .query((rs, row) -> new Match(kind(), rs.getLong("id"), rs.getString("title"))).list();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        jdbc.sql("update programme_session set responsible_name = null, responsible_email = null,"
                + " version = version + 1 where id = ?").param(Long.parseLong(ref)).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return jdbc.sql("select title, starts_at, room, responsible_name, responsible_email, organisation"
                        + " from programme_session where id = ?").param(Long.parseLong(ref))
                .query((rs, row) -> PersonalData.fields("session", rs.getString("title"),
                        "starts_at", rs.getString("starts_at"), "room", rs.getString("room"),
                        "responsible_name", rs.getString("responsible_name"),
                        "responsible_email", rs.getString("responsible_email"),
                        "organisation", rs.getString("organisation")))
                .optional().orElse(Map.of());
    }
}
