package fi.pyykkinaru.session;

import fi.pyykkinaru.event.EventHoldings;
import fi.pyykkinaru.event.EventRemoving;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An event's programme goes with the event: its sessions with their answers, voters, counts, attendance and
 * questions, and their posters and programme prints in the print queue. Programme prints from before they named
 * their event stay: nothing tells whose they are.
 */
@Component
class SessionsOfRemovedEvent implements EventHoldings {

    private static final String OF_EVENT = "(select id from programme_session where event_id = ?)";

    private final JdbcClient jdbc;
    private final PrintQueue queue;

    SessionsOfRemovedEvent(JdbcClient jdbc, PrintQueue queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    @EventListener
    @Order(30)
    void on(EventRemoving removing) {
        long eventId = removing.eventId();
        List<String> posters = jdbc.sql("select token from programme_session where event_id = ?").param(eventId)
                .query(String.class).list().stream().map(token -> "poster:" + token + ":").toList();
        queue.forget(PrintKind.POSTER, queue.subjects(PrintKind.POSTER).stream()
                .filter(subject -> posters.stream().anyMatch(subject::startsWith)).toList());
        String programmes = SessionPosters.programmeSubjectPrefix(eventId);
        queue.forget(PrintKind.PROGRAMME, queue.subjects(PrintKind.PROGRAMME).stream()
                .filter(subject -> subject.startsWith(programmes)).toList());
        jdbc.sql("delete from feedback_voter where session_id in " + OF_EVENT).param(eventId).update();
        jdbc.sql("delete from feedback_answer where session_id in " + OF_EVENT).param(eventId).update();
        jdbc.sql("delete from feedback_tally where session_id in " + OF_EVENT).param(eventId).update();
        jdbc.sql("delete from session_attendance where session_id in " + OF_EVENT).param(eventId).update();
        jdbc.sql("delete from event_visitors where event_id = ?").param(eventId).update();
        jdbc.sql("delete from question_vote where question_id in (select id from session_question where session_id in "
                + OF_EVENT + ")").param(eventId).update();
        jdbc.sql("delete from session_question where session_id in " + OF_EVENT).param(eventId).update();
        jdbc.sql("delete from question_moderation where event_id = ?").param(eventId).update();
        jdbc.sql("delete from programme_session where event_id = ?").param(eventId).update();
    }

    @Override
    public List<Holding> held(long eventId) {
        return List.of(
                new Holding("event.holding.sessions",
                        count("select count(*) from programme_session where event_id = ?", eventId)),
                new Holding("event.holding.votes",
                        count("select count(*) from feedback_answer where session_id in " + OF_EVENT, eventId)));
    }

    private long count(String sql, long eventId) {
        return jdbc.sql(sql).param(eventId).query(Long.class).single();
    }
}
