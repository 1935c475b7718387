package fi.pyykkinaru.session.phone;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruWebTest;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.session.WarmUpSession;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The phones' warm-up at start, run here against the shared test server (its own start-up warm-up is off in tests):
 * it votes over HTTP as phones do, and leaves nothing behind that anyone could see or count.
 */
@PyykkinaruWebTest
class PhoneWarmUpTest {

    private static final List<String> TABLES = List.of("stand_event", "programme_session", "feedback_answer",
            "feedback_voter", "warm_up_event");

    @Autowired
    private WarmUpSession session;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private Events events;
    @Autowired
    private Sessions sessions;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog audit;

    @Test
    void phones_vote_over_http_and_every_trace_of_them_is_gone_afterwards() {
        List<Long> before = counts();
        List<AuditLog.Entry> audited = audit.recent(50);

        PhoneWarmUp warmUp = new PhoneWarmUp(session, context, Duration.ofSeconds(5), Duration.ofSeconds(1), "");
        warmUp.run(null);

        assertThat(warmUp.voted()).as("phones that voted, the page, the vote and the redirect each").isGreaterThan(20);
        assertThat(warmUp.rounds()).as("hidden sessions, each removed while the phones went on").isGreaterThan(2);
        assertThat(warmUp.failed()).as("phones failed, also those whose session was removed mid-vote").isZero();
        assertThat(counts()).as(TABLES.toString()).isEqualTo(before);
        assertThat(audit.recent(50)).as("nothing in the audit log").isEqualTo(audited);
    }

    @Test
    void the_hidden_event_is_never_listed_and_what_a_stopped_warm_up_left_goes_once_over_a_minute_old() {
        // What a server stopped during its warm-up left two minutes ago, and another node's warm-up running now.
        Session left = sessions.byToken(session.open(1)).orElseThrow();
        Session running = sessions.byToken(session.open(2)).orElseThrow();
        startedElsewhere(left, "2");
        startedElsewhere(running, "0");
        Event hidden = events.find(left.eventId()).orElseThrow();

        assertThat(events.all()).extracting(Event::id).doesNotContain(hidden.id());
        assertThat(events.current()).map(Event::id).isNotEqualTo(java.util.Optional.of(hidden.id()));
        assertThat(events.bySlug(hidden.slug())).isEmpty();

        new PhoneWarmUp(session, context, Duration.ZERO, Duration.ofSeconds(1), "").run(null);

        assertThat(sessions.byToken(left.token())).isEmpty();
        assertThat(events.find(left.eventId())).isEmpty();
        assertThat(sessions.byToken(running.token())).as("another node's running warm-up keeps its round").isPresent();

        startedElsewhere(running, "2");
        session.removeAll();
        assertThat(events.find(running.eventId())).isEmpty();
    }

    /** As if another start (another node, or this one before a crash) had opened it, minutes ago. */
    private void startedElsewhere(Session hidden, String minutesAgo) {
        jdbc.sql("update warm_up_event set run = 'elsewhere', opened_at = current_timestamp - interval '" + minutesAgo
                + "' minute where event_id = ?").param(hidden.eventId()).update();
    }

    private List<Long> counts() {
        return TABLES.stream().map(table -> jdbc.sql("select count(*) from " + table).query((row, n) -> row.getLong(1)).single())
                .toList();
    }
}
