package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.event.EventHoldings;
import fi.pyykkinaru.event.EventRemoving;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An event's closing questions, their answers and its goals go with the event. */
@Component
class EvaluationOfRemovedEvent implements EventHoldings {

    private final JdbcClient jdbc;

    EvaluationOfRemovedEvent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(20)
    void on(EventRemoving removing) {
        long eventId = removing.eventId();
        jdbc.sql("delete from closing_answer where event_id = ?").param(eventId).update();
        jdbc.sql("delete from closing_respondent where event_id = ?").param(eventId).update();
        jdbc.sql("delete from closing_question where event_id = ?").param(eventId).update();
        jdbc.sql("delete from event_goal where event_id = ?").param(eventId).update();
    }

    @Override
    public List<Holding> held(long eventId) {
        long answers = jdbc.sql("select count(distinct submission) from closing_answer where event_id = ?")
                .param(eventId).query(Long.class).single();
        return answers == 0 ? List.of() : List.of(new Holding("event.holding.closing-answers", answers));
    }
}
