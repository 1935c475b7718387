package fi.pyykkinaru.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff's attendance counts, what they are checked against, and the answers split on site and remote. */
@PyykkinaruTest
class AttendancesTest {

    @Autowired Attendances attendances;
    @Autowired Feedback feedback;
    @Autowired FeedbackBreakdown breakdown;
    @Autowired Sessions sessions;
    @Autowired Events events;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    private long eventId;
    private Session session;

    @BeforeEach
    void session() {
        eventId = TestEvents.create(events, ModerationPolicy.PUBLISH).id();
        session = sessions.save(new Session(null, eventId, SessionTokens.next(), "Avaus", null,
                Instant.parse("2026-01-01T08:00:00Z"), Instant.parse("2026-01-01T09:00:00Z"), "Päälava", null, null, null,
                SessionOrigin.ORGANISER, "fi", 0));
    }

    @Test
    void counts_entered_for_a_session_are_kept_changed_and_audited() {
        assertThat(attendances.of(session).counted()).isFalse();

        SessionAttendance first = attendances.enter(session, 13, 16, 0);
        SessionAttendance second = attendances.enter(session, 14, null, first.version());

        assertThat(attendances.of(session)).isEqualTo(second);
        assertThat(second.onSite()).isEqualTo(14);
        assertThat(second.remote()).as("not counted is not zero").isNull();
        assertThat(second.total()).isEqualTo(14);
        assertThat(jdbc.sql("select on_site, remote, version from session_attendance where session_id = ?")
                .param(session.requireId()).query().singleRow()).containsEntry("ON_SITE", 14).containsEntry("VERSION", 2);
        assertThat(attendances.ofEvent(eventId)).containsOnlyKeys(session.requireId());
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action() + " " + e.target())
                .isEqualTo("attendance.session session " + session.token() + ": 14 + –"));
        // Ids only (privacy erases people's words; the log must not keep a copy): the title stays out.
        assertThat(audit.recent(5)).noneSatisfy(e -> assertThat(e.target()).contains("Avaus"));
    }

    @Test
    void a_second_person_saving_over_an_older_count_is_told_and_changes_nothing() {
        SessionAttendance mine = attendances.enter(session, 20, 5, 0);
        attendances.enter(session, 22, 5, mine.version());

        assertThatThrownBy(() -> attendances.enter(session, 99, 99, mine.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> attendances.enter(session, 99, 99, 0)).as("two first saves")
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(attendances.of(session).onSite()).isEqualTo(22);
    }

    @Test
    void counts_out_of_range_are_refused_before_anything_is_written() {
        assertThatThrownBy(() -> attendances.enter(session, -1, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> attendances.enter(session, 3, SessionAttendance.MAX + 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> attendances.setVisitors(eventId, -5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(attendances.of(session).counted()).isFalse();
        assertThat(attendances.visitors(eventId)).isEmpty();
    }

    @Test
    void the_events_visitors_are_set_changed_and_forgotten() {
        attendances.setVisitors(eventId, 300);
        attendances.setVisitors(eventId, 320);
        assertThat(attendances.visitors(eventId)).contains(320);
        attendances.setVisitors(eventId, null);
        assertThat(attendances.visitors(eventId)).isEmpty();
    }

    @Test
    void answers_split_on_site_and_remote_with_the_remote_respondents_regions_and_the_attendance() {
        feedback.addDetails(feedback.vote(session, "kiosk:1", Score.P2, Channel.KIOSK).id(),
                new AnswerDetails(null, null, null, null));
        feedback.addDetails(feedback.vote(session, "phone:1", Score.P1, Channel.PHONE).id(),
                new AnswerDetails(null, Region.LAPPI, null, Attendance.REMOTE));
        feedback.addDetails(feedback.vote(session, "phone:2", Score.ZERO, Channel.PHONE).id(),
                new AnswerDetails(null, Region.LAPPI, null, Attendance.REMOTE));
        feedback.addDetails(feedback.vote(session, "phone:3", Score.M1, Channel.PHONE).id(),
                new AnswerDetails(null, Region.KAINUU, null, Attendance.REMOTE));
        feedback.vote(session, "phone:4", Score.P2, Channel.PHONE);
        feedback.count(session, Channel.PAPER, Score.P1, 2);
        feedback.count(session, Channel.REMOTE, Score.P2, 1);
        attendances.enter(session, 30, 12, 0);

        SessionFeedback result = breakdown.of(session);

        assertThat(result.attended(SessionFeedback.ON_SITE).count()).as("the kiosk and paper are on site").isEqualTo(3);
        assertThat(result.attended(SessionFeedback.ON_SITE).medianText()).isEqualTo("1");
        assertThat(result.attended(SessionFeedback.REMOTE).count()).isEqualTo(4);
        assertThat(result.attended(SessionFeedback.REMOTE).distribution())
                .containsEntry(Score.M1, 1L).containsEntry(Score.ZERO, 1L).containsEntry(Score.P1, 1L).containsEntry(Score.P2, 1L);
        assertThat(result.attended(SessionFeedback.NOT_SAID).count()).as("a phone that did not say").isEqualTo(1);
        assertThat(result.remoteRegions()).containsKeys("LAPPI", "KAINUU", "");
        assertThat(result.remoteRegions().keySet()).first().isEqualTo("LAPPI");
        assertThat(result.remoteRegions().get("LAPPI").count()).isEqualTo(2);
        assertThat(result.remoteRegions().get("").count()).as("staff's remote count has no region").isEqualTo(1);
        assertThat(result.attendance().total()).isEqualTo(42);
    }

    @Test
    void removing_the_event_removes_its_attendance_and_visitors() {
        attendances.enter(session, 10, 2, 0);
        attendances.setVisitors(eventId, 100);
        events.remove(eventId);
        assertThat(jdbc.sql("select count(*) from session_attendance where session_id = ?").param(session.requireId())
                .query(Long.class).single()).isZero();
        assertThat(attendances.visitors(eventId)).isEmpty();
    }
}
