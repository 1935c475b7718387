package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.Privacy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A call, its proposals and reviews are stored whole, and go with their event. */
@PyykkinaruTest
class CallStorageTest {

    @Autowired Calls calls;
    @Autowired Events events;
    @Autowired ProposalRepository proposals;
    @Autowired ReviewRepository reviews;
    @Autowired Privacy privacy;

    @Test
    void a_new_call_has_the_default_questions_in_each_language_with_the_event_name() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);

        Call call = calls.open(event, CallKind.SESSIONS);

        assertThat(call.questions()).extracting(Question::key)
                .containsExactly("idea", "why", "how", "interaction", "contact", "wishes");
        assertThat(call.questions().get(1).label().fi()).contains(event.name()).doesNotContain("{");
        assertThat(call.questions().get(4).kind()).isEqualTo(QuestionKind.CONTACT);
        assertThat(call.criteria()).hasSize(4);
        assertThat(calls.find(call.requireId()).orElseThrow().criteria().get(0).label().en())
                .isEqualTo("Fit to the event's aim");
        for (CallKind kind : CallKind.values()) {
            Call other = calls.open(event, kind);
            assertThat(other.questions()).allSatisfy(q -> {
                for (var locale : Translations.LOCALES) {
                    assertThat(q.label().in(locale)).doesNotStartWith("!").doesNotContain("{");
                }
            });
        }
    }

    @Test
    void a_proposal_keeps_its_answers_tasks_and_reviews_until_its_event_is_removed() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Call call = calls.open(event, CallKind.SESSIONS);
        Instant now = Instant.now();
        Proposal proposal = proposals.save(new Proposal(null, call.requireId(), event.requireId(),
                PrivateLinks.hash(PrivateLinks.newSecret()), "k1", ProposalStatus.SUBMITTED, "fi", "Otsikko",
                "Maija", "Järjestö", "maija@example.org", null,
                Map.of("idea", new ProposalAnswer("Idea"), "why", new ProposalAnswer("Siksi")), null, null, null, null,
                List.of(new ProposalTask("Valitse puhujat", false)), null, false, now, now, now, 0));
        reviews.save(new Review(null, proposal.requireId(), "arvioija", Map.of("aim", new ReviewScore(4)), "Hyvä",
                now, 0));

        Proposal read = proposals.findById(proposal.requireId()).orElseThrow();
        assertThat(read.answer("why")).isEqualTo("Siksi");
        assertThat(read.tasks()).extracting(ProposalTask::text).containsExactly("Valitse puhujat");

        events.remove(event.requireId());

        assertThat(proposals.findByEventId(event.requireId())).isEmpty();
        assertThat(reviews.findByProposalId(proposal.requireId())).isEmpty();
        assertThat(calls.ofEvent(event.requireId())).isEmpty();
    }

    @Test
    void the_responsible_persons_contact_is_found_erased_and_purged_while_the_proposal_stays() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Call call = calls.open(event, CallKind.SESSIONS);
        Instant now = Instant.now();
        String email = "vastuu-" + event.requireId() + "@example.org";
        Proposal proposal = proposals.save(new Proposal(null, call.requireId(), event.requireId(),
                PrivateLinks.hash(PrivateLinks.newSecret()), "k1", ProposalStatus.SUBMITTED, "fi", "Naapuriapu",
                "Ville Vastuullinen", "Yhdistys", email, "040 123", Map.of("idea", new ProposalAnswer("Idea")),
                null, null, null, null, List.of(), null, false, now, now, now, 0));

        List<Match> found = privacy.find(email);
        assertThat(found).extracting(Match::kind, Match::ref).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PROPOSAL", String.valueOf(proposal.requireId())));
        privacy.erase(found);

        Proposal erased = proposals.findById(proposal.requireId()).orElseThrow();
        assertThat(erased.responsibleName()).isNull();
        assertThat(erased.responsibleEmail()).isNull();
        assertThat(erased.responsiblePhone()).isNull();
        assertThat(erased.answer("idea")).isEqualTo("Idea");
        assertThat(privacy.find(email)).isEmpty();
    }
}
