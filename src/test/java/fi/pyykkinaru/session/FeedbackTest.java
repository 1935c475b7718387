package fi.pyykkinaru.session;

import fi.pyykkinaru.event.OrganisationType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PyykkinaruTest
class FeedbackTest {

    @Autowired Feedback feedback;
    @Autowired Sessions sessions;
    @Autowired Events events;
    @Autowired JdbcTemplate jdbc;

    private Session newSession() {
        long eventId = TestEvents.create(events, ModerationPolicy.PUBLISH).id();
        return sessions.save(new Session(null, eventId, SessionTokens.next(), "Yhteiskehittäminen käytännössä", null,
                Instant.parse("2026-01-01T08:00:00Z"), Instant.parse("2026-01-01T09:00:00Z"), "Sali A", "Maija",
                "maija@example.fi", "Järjestö ry", SessionOrigin.OPEN_CALL, "fi", 0));
    }

    @Test
    void distinct_voters_each_count_once() {
        Session session = newSession();

        feedback.vote(session, "badge:AAA", Score.P2, Channel.KIOSK);
        feedback.vote(session, "cookie:123", Score.P1, Channel.PHONE);
        feedback.vote(session, "kiosk:visitor-1", Score.ZERO, Channel.KIOSK);

        FeedbackResult result = feedback.result(session);
        assertThat(result.count()).isEqualTo(3);
        assertThat(result.median()).hasValue(1.0);
    }

    @Test
    void a_vote_from_the_same_badge_replaces_the_previous_one() {
        Session session = newSession();
        Answer first = feedback.vote(session, "badge:AAA", Score.M2, Channel.KIOSK);

        Answer changed = feedback.vote(session, "badge:AAA", Score.P2, Channel.PHONE);

        assertThat(changed.id()).isEqualTo(first.id());
        FeedbackResult result = feedback.result(session);
        assertThat(result.count()).isEqualTo(1);
        assertThat(result.distribution()).containsEntry(Score.P2, 1L).containsEntry(Score.M2, 0L);
    }

    @Test
    void a_double_tap_is_one_vote() {
        Session session = newSession();

        feedback.vote(session, "kiosk:visitor-7", Score.P1, Channel.KIOSK);
        feedback.vote(session, "kiosk:visitor-7", Score.P1, Channel.KIOSK);

        assertThat(feedback.result(session).count()).isEqualTo(1);
    }

    @Test
    void stored_answers_do_not_say_who_answered() {
        Session session = newSession();
        feedback.vote(session, "badge:SECRET-BADGE", Score.P1, Channel.KIOSK);

        List<String> answerColumns = jdbc.queryForList(
                "select column_name from information_schema.columns where table_name = 'FEEDBACK_ANSWER'", String.class);
        List<Map<String, Object>> voters = jdbc.queryForList(
                "select voter_hash from feedback_voter where session_id = ?", session.id());

        assertThat(answerColumns).map(String::toLowerCase).doesNotContain("voter_hash", "voter", "badge", "voted_at")
                .doesNotContainAnyElementsOf(List.of("created_at", "answered_at"));
        assertThat(voters).singleElement().satisfies(row -> assertThat(row.get("VOTER_HASH").toString())
                .hasSize(64).doesNotContain("SECRET"));
    }

    @Test
    void one_phones_answers_in_two_sessions_share_no_mark_and_no_time() {
        Session morning = newSession();
        Session afternoon = newSession();
        feedback.vote(morning, "cookie:one-phone", Score.P1, Channel.PHONE);
        feedback.vote(afternoon, "cookie:one-phone", Score.M1, Channel.PHONE);

        String first = jdbc.queryForObject("select voter_hash from feedback_voter where session_id = ?", String.class,
                morning.id());
        String second = jdbc.queryForObject("select voter_hash from feedback_voter where session_id = ?", String.class,
                afternoon.id());
        assertThat(first).isNotEqualTo(second);
        assertThat(jdbc.queryForList(
                "select column_name from information_schema.columns where table_name = 'FEEDBACK_VOTER'", String.class))
                .map(String::toLowerCase).containsExactlyInAnyOrder("session_id", "voter_hash", "answer_id");
        // The phone still finds and changes its own answer.
        assertThat(feedback.answerOf(afternoon, "cookie:one-phone").orElseThrow().scoreValue()).isEqualTo(Score.M1);
        assertThat(feedback.answerOf(afternoon, "cookie:another-phone")).isEmpty();
    }

    @Test
    void paper_counts_join_the_result_and_are_marked_as_counted_by_staff() {
        Session session = newSession();
        feedback.vote(session, "cookie:1", Score.M1, Channel.PHONE);
        feedback.count(session, Channel.PAPER, Score.P2, 2);
        feedback.count(session, Channel.PAPER, Score.P2, 3); // a recount replaces the count
        feedback.count(session, Channel.REMOTE, Score.ZERO, 1);

        FeedbackResult result = feedback.result(session);

        assertThat(result.count()).isEqualTo(5);
        assertThat(result.countedByStaff()).isEqualTo(4);
        assertThat(result.median()).hasValue(2.0);
    }

    @Test
    void details_come_after_the_vote_and_a_long_comment_is_refused() {
        Session session = newSession();
        Answer answer = feedback.vote(session, "cookie:9", Score.P1, Channel.PHONE);

        Answer detailed = feedback.addDetails(answer.id(), new AnswerDetails("Hyvä <b>sessio</b> 👍", Region.LAPPI,
                OrganisationType.NGO, Attendance.REMOTE));

        assertThat(detailed.comment()).isEqualTo("Hyvä <b>sessio</b> 👍");
        assertThat(detailed.region()).isEqualTo(Region.LAPPI);
        assertThatThrownBy(() -> feedback.addDetails(answer.id(), new AnswerDetails("x".repeat(501), null, null, null)))
                .hasMessage("feedback.error.too-long");
    }

    @Test
    void staff_counts_are_only_for_paper_and_remote_answers() {
        Session session = newSession();

        assertThatThrownBy(() -> feedback.count(session, Channel.KIOSK, Score.P1, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> feedback.vote(session, "x", Score.P1, Channel.PAPER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The result kept in memory (LiveResults) stays the database's count while votes and readers run at once. */
    @Test
    void the_kept_result_matches_the_database_under_concurrent_votes_and_reads() throws Exception {
        Session session = newSession();
        feedback.result(session);
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                threads.submit(() -> feedback.vote(session, "cookie:" + (n % 150), Score.of(n % 5 - 2), Channel.PHONE));
                threads.submit(() -> feedback.result(session));
            }
        }
        Map<Score, Long> stored = new java.util.EnumMap<>(Score.class);
        jdbc.query("select score, count(*) from feedback_answer where session_id = ? group by score",
                rs -> { stored.put(Score.of(rs.getInt(1)), rs.getLong(2)); }, session.requireId());
        FeedbackResult result = feedback.result(session);
        assertThat(result.count()).isEqualTo(150);
        assertThat(result.distribution()).isEqualTo(new FeedbackResult(stored, 0).distribution());
    }

    /** A change heard from another node (told outside any transaction) makes the next reader count again. */
    @Test
    void a_change_made_elsewhere_is_counted_again() {
        Session session = newSession();
        feedback.vote(session, "cookie:1", Score.P1, Channel.PHONE);
        assertThat(feedback.result(session).count()).isEqualTo(1);
        jdbc.update("update feedback_answer set score = -2 where session_id = ?", session.requireId());

        publisher.publishEvent(new FeedbackChanged(session.requireId()));

        assertThat(feedback.result(session).distribution()).containsEntry(Score.M2, 1L).containsEntry(Score.P1, 0L);
    }

    @Autowired org.springframework.context.ApplicationEventPublisher publisher;
}
