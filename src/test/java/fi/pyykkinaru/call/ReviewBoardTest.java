package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSettings;
import fi.pyykkinaru.kiosk.StandSlot;
import fi.pyykkinaru.kiosk.StandSlots;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The review board's rules: no anchoring, the ranking with its ties and disagreements, decisions, scheduling. */
@PyykkinaruTest
class ReviewBoardTest {

    @Autowired Calls calls;
    @Autowired Events events;
    @Autowired ReviewBoard board;
    @Autowired Scheduling scheduling;
    @Autowired ProposalRepository proposals;
    @Autowired JuryMemberRepository jury;
    @Autowired Sessions sessions;
    @Autowired Stands stands;
    @Autowired StandSlots slots;
    @Autowired Lines lines;
    @Autowired AuditLog audit;
    @Autowired StandSettings standSettings;
    @Autowired ReviewRepository reviews;

    final Reviewer anna = new Reviewer("anna", false, true);
    final Reviewer bertil = new Reviewer("bertil", false, true);
    final Reviewer organiser = new Reviewer("organiser", true, false);
    Event event;
    Call call;

    @BeforeEach
    void aCall() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        call = calls.open(event, CallKind.SESSIONS);
    }

    private Proposal sent(String title) {
        return BoardTestData.proposal(proposals, call, title, "Maija Meikäläinen", ProposalStatus.SUBMITTED,
                Map.of("idea", "Idea of " + title, "why", "Koska"));
    }

    private ProposalRow row(Reviewer viewer, Proposal proposal) {
        return board.board(call, viewer).rows().stream().filter(r -> r.proposal().id().equals(proposal.id()))
                .findFirst().orElseThrow();
    }

    @Test
    void a_reviewer_who_has_not_scored_sees_no_others_scores() {
        Proposal proposal = sent("Työpaja");
        board.saveReview(proposal.requireId(), anna, BoardTestData.scores(call, 5), "Erinomainen");

        assertThat(row(bertil, proposal).summary()).as("bertil has not scored").isEmpty();
        assertThat(row(bertil, proposal).reviewCount()).isEqualTo(1);
        ReviewBoard.ProposalReviews before = board.reviews(call, proposal.requireId(), bertil);
        assertThat(before.othersVisible()).isFalse();
        assertThat(before.all()).isEmpty();
        assertThat(before.meanPerCriterion()).isEmpty();

        board.saveReview(proposal.requireId(), bertil, BoardTestData.scores(call, 3), "");

        ReviewBoard.ProposalReviews after = board.reviews(call, proposal.requireId(), bertil);
        assertThat(after.all()).extracting(ReviewBoard.ShownReview::by).containsExactly("anna", "bertil");
        assertThat(after.meanPerCriterion()).containsEntry("aim", 4.0);
        assertThat(row(bertil, proposal).summary().orElseThrow().mean()).hasValue(4.0);
        assertThat(row(organiser, proposal).summary()).as("an organiser who does not score decides on the means")
                .isPresent();
        assertThat(row(new Reviewer("scoring-organiser", true, true), proposal).summary())
                .as("an organiser who also scores waits like any scorer").isEmpty();
    }

    @Test
    void scoring_moves_a_submitted_proposal_into_review_and_replaces_the_reviewers_earlier_scores() {
        Proposal proposal = sent("Paneeli");

        board.saveReview(proposal.requireId(), anna, BoardTestData.scores(call, 2), "Ensin näin");
        board.saveReview(proposal.requireId(), anna, BoardTestData.scores(call, 4), "Sitten näin");

        assertThat(board.proposal(proposal.requireId()).orElseThrow().status()).isEqualTo(ProposalStatus.IN_REVIEW);
        ReviewBoard.ProposalReviews reviews = board.reviews(call, proposal.requireId(), anna);
        assertThat(reviews.all()).hasSize(1);
        assertThat(reviews.mine().orElseThrow().comment()).isEqualTo("Sitten näin");
        assertThat(audit.recent(3)).anySatisfy(e -> assertThat(e.action()).isEqualTo("call.review"));
    }

    @Test
    void a_review_scores_every_criterion_from_one_to_five() {
        Proposal proposal = sent("Puutteellinen");
        Map<String, Integer> partial = Map.of("aim", 3, "interaction", 6);

        assertThat(ReviewBoard.problems(call, new java.util.HashMap<>(partial), "")).containsEntry("interaction",
                "call.board.score.range").containsEntry("novelty", "call.board.score.missing");
        assertThatThrownBy(() -> board.saveReview(proposal.requireId(), anna, partial, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(board.reviews(call, proposal.requireId(), anna).mine()).isEmpty();
    }

    @Test
    void the_ranking_puts_the_best_mean_first_and_marks_ties_and_disagreements() {
        Proposal top = sent("Paras");
        Proposal tiedA = sent("Tasan A");
        Proposal tiedB = sent("Tasan B");
        board.saveReview(top.requireId(), anna, BoardTestData.scores(call, 5), "");
        board.saveReview(top.requireId(), bertil, BoardTestData.scores(call, 5), "");
        board.saveReview(tiedA.requireId(), anna, BoardTestData.scores(call, 4), "");
        board.saveReview(tiedA.requireId(), bertil, BoardTestData.scores(call, 2), "");
        board.saveReview(tiedB.requireId(), anna, BoardTestData.scores(call, 3), "");

        List<ProposalRow> ranked = ReviewBoard.ranked(board.board(call, organiser).rows());

        assertThat(ranked).extracting(r -> r.proposal().title()).containsExactly("Paras", "Tasan A", "Tasan B");
        assertThat(ranked.get(0).tied()).isFalse();
        assertThat(ranked.get(1).tied()).isTrue();
        assertThat(ranked.get(2).tied()).isTrue();
        assertThat(ranked.get(1).summary().orElseThrow().spread()).hasValue(2.0);
        assertThat(ranked.get(1).summary().orElseThrow().disagreement()).as("4 and 2: a spread of 2").isTrue();
        assertThat(ranked.get(0).summary().orElseThrow().disagreement()).isFalse();
    }

    @Test
    void drafts_are_counted_for_reviewers_but_not_listed() {
        sent("Lähetetty");
        BoardTestData.proposal(proposals, call, "Kesken", "Keijo Kesken", ProposalStatus.DRAFT, Map.of());

        ReviewBoard.Board forReviewer = board.board(call, anna);
        assertThat(forReviewer.rows()).extracting(r -> r.proposal().title()).containsExactly("Lähetetty");
        assertThat(forReviewer.drafts()).isEqualTo(1);
        assertThat(forReviewer.applied()).isEqualTo(1);
        assertThat(board.board(call, organiser).rows()).hasSize(2);
    }

    @Test
    void a_decision_keeps_its_message_and_time_and_an_organiser_can_take_it_back() {
        Proposal proposal = sent("Valittava");
        String template = ReviewBoard.template(call, proposal, true);
        assertThat(template).contains(event.name()).startsWith("Kiitos");

        Proposal chosen = board.decide(proposal.requireId(), organiser, true, template + " Tervetuloa!");

        assertThat(chosen.status()).isEqualTo(ProposalStatus.CHOSEN);
        assertThat(chosen.decisionMessage()).endsWith("Tervetuloa!");
        assertThat(chosen.decidedAt()).isNotNull();
        assertThat(board.board(call, organiser).chosen()).isEqualTo(1);
        assertThat(audit.recent(3)).anySatisfy(e -> assertThat(e.action()).isEqualTo("call.choose"));
        assertThatThrownBy(() -> board.decide(proposal.requireId(), anna, false, "Ei"))
                .isInstanceOf(AccessDeniedException.class);

        Proposal back = board.undecide(proposal.requireId(), organiser);

        assertThat(back.status()).isEqualTo(ProposalStatus.IN_REVIEW);
        assertThat(back.decisionMessage()).isNull();
        assertThat(back.decidedAt()).isNull();
    }

    @Test
    void a_jury_members_review_counts_and_shows_their_name() {
        call = calls.open(event, CallKind.PITCH);
        Proposal pitch = sent("Pitch");
        JuryMember member = jury.save(new JuryMember(null, call.requireId(), "Raati Rauni",
                PrivateLinks.hash(PrivateLinks.newSecret()), Instant.now()));
        // The jury's phone page saves through the repository: the board counts it the same.
        reviewsOf(pitch, Review.juryReviewer(member.requireId()), 4);

        assertThat(row(organiser, pitch).reviewCount()).isEqualTo(1);
        assertThat(board.reviews(call, pitch.requireId(), organiser).all())
                .singleElement().satisfies(r -> {
                    assertThat(r.by()).isEqualTo("Raati Rauni");
                    assertThat(r.jury()).isTrue();
                });
    }

    private void reviewsOf(Proposal proposal, String reviewer, int score) {
        Map<String, ReviewScore> scores = new java.util.HashMap<>();
        call.criteria().forEach(c -> scores.put(c.key(), new ReviewScore(score)));
        reviews.save(new Review(null, proposal.requireId(), reviewer, scores, null, Instant.now(), 0));
    }

    @Test
    void a_chosen_session_proposal_becomes_a_programme_session_of_the_open_call_and_can_be_moved() {
        Proposal proposal = board.decide(sent("Ohjelmaan").requireId(), organiser, true, "Valittu");
        Instant start = event.startsOn().atTime(10, 0).atZone(event.zone()).toInstant();

        Session session = scheduling.toProgramme(proposal.requireId(), new ScheduledSession("Ohjelmaan",
                "Idea of Ohjelmaan", start, start.plusSeconds(3600), "Sali A", "fi"));

        assertThat(session.origin()).isEqualTo(SessionOrigin.OPEN_CALL);
        assertThat(session.responsibleName()).isEqualTo("Maija Meikäläinen");
        assertThat(session.organisation()).isEqualTo("Järjestö ry");
        assertThat(session.responsibleEmail()).isEqualTo("maija.meikäläinen@example.org");
        assertThat(sessions.programme(event.requireId())).extracting(Session::title).containsExactly("Ohjelmaan");
        Proposal scheduled = board.proposal(proposal.requireId()).orElseThrow();
        assertThat(scheduled.sessionId()).isEqualTo(session.id());

        Session moved = scheduling.toProgramme(proposal.requireId(), new ScheduledSession("Ohjelmaan",
                null, start.plusSeconds(7200), start.plusSeconds(9000), "Sali B", "fi"));

        assertThat(moved.id()).isEqualTo(session.id());
        assertThat(moved.token()).as("the QR code stays").isEqualTo(session.token());
        assertThat(sessions.programme(event.requireId())).singleElement()
                .satisfies(s -> assertThat(s.room()).isEqualTo("Sali B"));
    }

    @Test
    void only_a_chosen_proposal_is_scheduled() {
        Proposal proposal = sent("Ei valittu");
        Instant start = Instant.parse("2026-01-01T08:00:00Z");

        assertThatThrownBy(() -> scheduling.toProgramme(proposal.requireId(), new ScheduledSession("x", null, start,
                start.plusSeconds(60), null, "fi"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_chosen_takeover_gets_a_stand_slot_with_a_new_question_line_from_its_answer() {
        call = calls.open(event, CallKind.TAKEOVER);
        Proposal proposal = BoardTestData.proposal(proposals, call, "Valtaus", "Ville Verkosto",
                ProposalStatus.SUBMITTED, Map.of("network", "Hyvinvointiverkosto", "line-question",
                        "Mikä tuo sinulle hyvinvointia?"));
        board.decide(proposal.requireId(), organiser, true, "Valittu");
        Stand stand = stands.save(Stand.create(event.requireId(), "Valtausosasto", standSettings));
        Instant start = event.startsOn().atTime(12, 0).atZone(event.zone()).toInstant();

        StandSlot slot = scheduling.toStand(proposal.requireId(), new ScheduledSlot(stand.requireId(), start,
                start.plusSeconds(3600), "Hyvinvointiverkosto", null, "Mikä tuo sinulle hyvinvointia?"));

        assertThat(slot.networkName()).isEqualTo("Hyvinvointiverkosto");
        assertThat(lines.active(event.requireId())).anySatisfy(l -> {
            assertThat(l.code()).isEqualTo(slot.lineCode());
            assertThat(l.prompt().fi()).isEqualTo("Mikä tuo sinulle hyvinvointia?");
            assertThat(l.accepting()).isTrue();
        });
        assertThat(board.proposal(proposal.requireId()).orElseThrow().slotId()).isEqualTo(slot.id());
        assertThat(slots.ofStand(stand.requireId())).hasSize(1);
    }
}
