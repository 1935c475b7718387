package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free-text answers to the event's closing questions, which may name anyone. They go with the event's personal
 * data (the evaluation report is made before) and on request; the chosen options and the counts stay.
 */
@Component
class ClosingPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ClosingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "CLOSING";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        return jdbc.sql("update closing_answer set answer_text = null where event_id = ? and answer_text is not null")
                .param(eventId).update();
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return jdbc.sql("select count(*) from closing_answer where event_id = ? and answer_text is not null")
                .param(eventId).query(Integer.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return jdbc.sql("select id, answer_text from closing_answer where lower(answer_text) like ? order by id")
                .param(PersonalData.contains(needle))
                .query((rs, row) -> new Match(kind(), rs.getLong("id"), rs.getString("answer_text"))).list();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        jdbc.sql("update closing_answer set answer_text = null where id = ?").param(Long.parseLong(ref)).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return jdbc.sql("""
                        select q.text_en, a.choice, a.answer_text, a.channel, a.answered_on
                        from closing_answer a join closing_question q on q.id = a.question_id where a.id = ?""")
                .param(Long.parseLong(ref)).query((rs, row) -> PersonalData.fields("question", rs.getString("text_en"),
                        "choice", rs.getObject("choice"), "answer", rs.getString("answer_text"),
                        "channel", rs.getString("channel"), "answered_on", rs.getString("answered_on")))
                .optional().orElse(Map.of());
    }
}
