package fi.pyykkinaru.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PyykkinaruTest
class QuestionsTest {

    @Autowired Questions questions;
    @Autowired Sessions sessions;
    @Autowired Events events;
    @Autowired JdbcTemplate jdbc;
    @Autowired QuestionPersonalData personalData;

    private Session newSession() {
        long eventId = TestEvents.create(events, ModerationPolicy.PUBLISH).id();
        return sessions.save(new Session(null, eventId, SessionTokens.next(), "Kysymyksiä", null,
                Instant.parse("2026-01-01T08:00:00Z"), Instant.parse("2026-01-01T09:00:00Z"), "Sali A", null, null,
                null, SessionOrigin.ORGANISER, "fi", 0));
    }

    @Test
    void a_clean_question_shows_at_once_and_a_rude_one_waits_under_the_default_rule() {
        Session session = newSession();

        SessionQuestion clean = questions.ask(session, "cookie:a", "Miten tämä rahoitetaan?");
        SessionQuestion rude = questions.ask(session, "cookie:b", "Onko tämä ihan paskaa?");

        assertThat(questions.policy(session.eventId())).isEqualTo(ModerationPolicy.FILTER);
        assertThat(clean.status()).isEqualTo(QuestionStatus.APPROVED);
        assertThat(rude.status()).isEqualTo(QuestionStatus.HELD);
        assertThat(questions.onScreen(session)).extracting(AskedQuestion::id).containsExactly(clean.requireId());
    }

    @Test
    void hold_all_holds_every_question_and_only_its_asker_sees_it_waiting() {
        Session session = newSession();
        questions.setPolicy(session.eventId(), ModerationPolicy.HOLD_ALL);

        SessionQuestion held = questions.ask(session, "cookie:a", "Saako kalvot jälkikäteen?");

        assertThat(held.status()).isEqualTo(QuestionStatus.HELD);
        assertThat(questions.onPhone(session, "cookie:a")).singleElement().satisfies(q -> assertThat(q.mine()).isTrue());
        assertThat(questions.onPhone(session, "cookie:b")).isEmpty();
        assertThat(questions.onPhone(session, null)).isEmpty();
        questions.setPolicy(session.eventId(), ModerationPolicy.PUBLISH);
        assertThat(questions.ask(session, "cookie:c", "Entä tallenne?").status()).isEqualTo(QuestionStatus.APPROVED);
    }

    @Test
    void one_phones_questions_and_votes_share_nothing_stored_yet_it_knows_its_own() {
        Session session = newSession();
        questions.setPolicy(session.eventId(), ModerationPolicy.HOLD_ALL);
        SessionQuestion first = questions.ask(session, "cookie:same-phone", "Ensimmäinen?");
        SessionQuestion second = questions.ask(session, "cookie:same-phone", "Toinen?");
        questions.setPolicy(session.eventId(), ModerationPolicy.PUBLISH);
        SessionQuestion shown = questions.ask(session, "cookie:other", "Näkyvä?");
        SessionQuestion shownToo = questions.ask(session, "cookie:other", "Toinen näkyvä?");
        questions.upvote(session, shown.requireId(), "cookie:same-phone");
        questions.upvote(session, shownToo.requireId(), "cookie:same-phone");

        java.util.List<String> askers = jdbc.queryForList("select asker_hash from session_question where id in (?, ?)",
                String.class, first.requireId(), second.requireId());
        java.util.List<String> votes = jdbc.queryForList("select voter_hash from question_vote where question_id in (?, ?)",
                String.class, shown.requireId(), shownToo.requireId());
        assertThat(askers).hasSize(2).doesNotHaveDuplicates().allSatisfy(a -> assertThat(a).hasSize(64));
        assertThat(votes).hasSize(2).doesNotHaveDuplicates();
        assertThat(questions.onPhone(session, "cookie:same-phone")).filteredOn(AskedQuestion::mine)
                .extracting(AskedQuestion::id).containsExactlyInAnyOrder(first.requireId(), second.requireId());
        assertThat(questions.onPhone(session, "cookie:same-phone")).filteredOn(AskedQuestion::votedByMe)
                .extracting(AskedQuestion::id).containsExactlyInAnyOrder(shown.requireId(), shownToo.requireId());
        assertThat(questions.upvote(session, shown.requireId(), "cookie:same-phone")).isFalse();
    }

    @Test
    void a_phone_votes_once_however_often_and_however_fast_it_sends() throws Exception {
        Session session = newSession();
        SessionQuestion question = questions.ask(session, "cookie:a", "Miten mukaan?");
        var start = new CyclicBarrier(4);

        var votes = java.util.stream.IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return questions.upvote(session, question.requireId(), "cookie:voter");
        })).toList();
        long counted = votes.stream().map(CompletableFuture::join).filter(b -> b).count();
        questions.upvote(session, question.requireId(), "cookie:other");

        assertThat(counted).isEqualTo(1);
        assertThat(questions.onPhone(session, "cookie:voter")).singleElement()
                .satisfies(q -> assertThat(q.votes()).isEqualTo(2))
                .satisfies(q -> assertThat(q.votedByMe()).isTrue());
    }

    @Test
    void a_held_or_hidden_question_takes_no_votes() {
        Session session = newSession();
        questions.setPolicy(session.eventId(), ModerationPolicy.HOLD_ALL);
        SessionQuestion held = questions.ask(session, "cookie:a", "Odottava kysymys?");

        assertThatThrownBy(() -> questions.upvote(session, held.requireId(), "cookie:b"))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void the_screen_shows_the_starred_question_first_then_unanswered_by_votes_and_only_one_is_starred() {
        Session session = newSession();
        SessionQuestion few = questions.ask(session, "cookie:a", "Vähän ääniä?");
        SessionQuestion many = questions.ask(session, "cookie:b", "Paljon ääniä?");
        SessionQuestion done = questions.ask(session, "cookie:c", "Jo vastattu?");
        for (String voter : new String[] {"1", "2", "3"}) {
            questions.upvote(session, many.requireId(), voter);
            questions.upvote(session, done.requireId(), voter);
        }
        questions.markAnswered(session, done.requireId(), true);
        questions.star(session, many.requireId(), true);
        questions.star(session, few.requireId(), true);

        assertThat(questions.onScreen(session)).extracting(AskedQuestion::id)
                .containsExactly(few.requireId(), many.requireId(), done.requireId());
        assertThat(questions.onScreen(session)).filteredOn(q -> q.question().starred()).hasSize(1);

        questions.hide(session, few.requireId());
        assertThat(questions.onScreen(session)).extracting(AskedQuestion::id)
                .containsExactly(many.requireId(), done.requireId());
        assertThat(questions.forModerator(session).getLast().question().starred()).isFalse();
    }

    @Test
    void the_moderator_key_belongs_to_its_session_only() {
        Session one = newSession();
        Session other = newSession();

        assertThat(questions.isModeratorKey(one, questions.moderatorKey(one))).isTrue();
        assertThat(questions.isModeratorKey(other, questions.moderatorKey(one))).isFalse();
        assertThat(questions.moderatorKey(one)).hasSize(24).doesNotContain(one.token());
    }

    @Test
    void removing_the_event_takes_its_questions_votes_and_rule_with_it() {
        Session session = newSession();
        questions.setPolicy(session.eventId(), ModerationPolicy.PUBLISH);
        SessionQuestion asked = questions.ask(session, "cookie:a", "Poistuuko tämä?");
        questions.upvote(session, asked.requireId(), "cookie:b");

        events.remove(session.eventId());

        assertThat(jdbc.queryForObject("select count(*) from session_question where id = ?", Long.class,
                asked.requireId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from question_vote where question_id = ?", Long.class,
                asked.requireId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from question_moderation where event_id = ?", Long.class,
                session.eventId())).isZero();
    }

    @Test
    void phones_and_the_screen_see_each_change_at_once_though_the_questions_are_kept_between_changes() {
        Session session = newSession();
        assertThat(questions.onPhone(session, null)).isEmpty();
        assertThat(questions.onScreen(session)).isEmpty();

        SessionQuestion asked = questions.ask(session, "cookie:a", "Mitä seuraavaksi?");
        assertThat(questions.onPhone(session, "cookie:a")).singleElement()
                .satisfies(q -> assertThat(q.mine()).isTrue());
        questions.upvote(session, asked.requireId(), "cookie:b");
        assertThat(questions.onPhone(session, "cookie:b")).singleElement().satisfies(q -> {
            assertThat(q.votes()).isEqualTo(1);
            assertThat(q.votedByMe()).isTrue();
        });
        questions.hide(session, asked.requireId());
        assertThat(questions.onScreen(session)).isEmpty();
        questions.approve(session, asked.requireId());
        assertThat(questions.onScreen(session)).singleElement()
                .satisfies(q -> assertThat(q.question().body()).isEqualTo("Mitä seuraavaksi?"));

        personalData.erase(Long.toString(asked.requireId()));
        assertThat(questions.onScreen(session)).singleElement()
                .satisfies(q -> assertThat(q.question().body()).isEqualTo(fi.pyykkinaru.privacy.PersonalData.ERASED));
        questions.ask(session, "cookie:c", "Entä rahoitus?");
        personalData.purge(session.eventId());
        assertThat(questions.onScreen(session)).extracting(q -> q.question().body()).containsOnly(
                fi.pyykkinaru.privacy.PersonalData.ERASED).hasSize(2);
    }
}
