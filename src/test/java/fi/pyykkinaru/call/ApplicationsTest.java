package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.call.Applied.Invalid;
import fi.pyykkinaru.call.Applied.Refusal;
import fi.pyykkinaru.call.Applied.Refused;
import fi.pyykkinaru.call.Applied.Saved;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The applicant's side of a call: drafts, sends, duplicates, a closed call, withdrawing, and a chosen one's page. */
@PyykkinaruTest
class ApplicationsTest {

    @Autowired Applications applications;
    @Autowired Calls calls;
    @Autowired Events events;
    @Autowired ProposalRepository proposals;

    private Call openCall() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        return calls.open(event, CallKind.SESSIONS);
    }

    private static ApplicationForm complete(String idea) {
        return new ApplicationForm("sv", "", "Maija Meikäläinen", "Järjestö ry", "maija@example.org", "+358 40 123 4567",
                Map.of("idea", idea, "why", "Siksi.", "how", "Työpaja.", "interaction", "Ryhmissä.", "unknown", "x"));
    }

    private static Proposal saved(Applied applied) {
        assertThat(applied).isInstanceOf(Saved.class);
        return ((Saved) applied).proposal();
    }

    @Test
    void an_unfinished_draft_is_saved_with_nothing_required_and_only_hashes_of_its_link_are_stored() {
        Call call = openCall();
        String key = PrivateLinks.newSecret();

        Applied applied = applications.save(call, key, ApplicationForm.empty("fi").inLanguage("en"), false);

        Proposal draft = saved(applied);
        assertThat(((Saved) applied).secret()).isEqualTo(key);
        assertThat(draft.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(draft.language()).isEqualTo("en");
        assertThat(draft.submittedAt()).isNull();
        assertThat(draft.tokenHash()).isEqualTo(PrivateLinks.hash(key));
        assertThat(draft.submissionKey()).isNotEqualTo(key).isNotEqualTo(draft.tokenHash()).doesNotContain(key);
        assertThat(applications.bySecret(key)).map(Proposal::id).contains(draft.id());
    }

    @Test
    void a_sent_proposal_keeps_its_answers_and_contact_and_its_title_comes_from_the_idea() {
        Call call = openCall();

        Proposal sent = saved(applications.save(call, PrivateLinks.newSecret(),
                complete("Kahvila, jossa päättäjät kuuntelevat. Ja muuta."), true));

        assertThat(sent.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(sent.submittedAt()).isNotNull();
        assertThat(sent.title()).isEqualTo("Kahvila, jossa päättäjät kuuntelevat");
        assertThat(sent.responsibleEmail()).isEqualTo("maija@example.org");
        assertThat(sent.answers()).containsOnlyKeys("idea", "why", "how", "interaction");
        assertThat(sent.answer("how")).isEqualTo("Työpaja.");
    }

    @Test
    void sending_with_answers_missing_stores_nothing_and_says_which_fields() {
        Call call = openCall();
        String key = PrivateLinks.newSecret();

        Applied applied = applications.save(call, key, ApplicationForm.empty("fi"), true);

        assertThat(applied).isInstanceOf(Invalid.class);
        assertThat(((Invalid) applied).problems()).extracting(ApplicationProblem::field).containsExactly("call-q-1",
                "call-q-2", "call-q-3", "call-q-4", "call-responsible-name", "call-responsible-email");
        assertThat(applications.bySecret(key)).isEmpty();
    }

    @Test
    void the_same_form_sent_twice_stores_one_proposal_with_the_later_text() {
        Call call = openCall();
        String key = PrivateLinks.newSecret();

        Proposal first = saved(applications.save(call, key, complete("Ensimmäinen."), false));
        Proposal second = saved(applications.save(call, key, complete("Toinen."), true));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.answer("idea")).isEqualTo("Toinen.");
        assertThat(second.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposals.findByCallIdOrderByCreatedAtAsc(call.requireId())).hasSize(1);
    }

    @Test
    void the_same_form_sent_at_the_same_moment_from_four_threads_still_stores_one() throws Exception {
        Call call = openCall();
        String key = PrivateLinks.newSecret();
        CyclicBarrier start = new CyclicBarrier(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Applied>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sends.add(pool.submit(() -> {
                    start.await();
                    return applications.save(call, key, complete("Yhtä aikaa."), true);
                }));
            }
            for (Future<Applied> send : sends) {
                assertThat(send.get()).isInstanceOf(Saved.class);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(proposals.findByCallIdOrderByCreatedAtAsc(call.requireId())).hasSize(1);
    }

    @Test
    void a_closed_call_refuses_politely_and_stores_nothing() {
        Call open = openCall();
        Instant now = Instant.now();
        Call closed = calls.save(new Call(open.id(), open.eventId(), open.kind(), now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofMinutes(1)), open.intro(), open.terms(), open.chosenMessage(),
                open.declinedMessage(), open.questions(), open.criteria(), open.version()));
        String key = PrivateLinks.newSecret();

        Applied applied = applications.save(closed, key, complete("Myöhässä."), true);

        assertThat(applied).isEqualTo(new Refused(Refusal.CLOSED));
        assertThat(applications.bySecret(key)).isEmpty();
    }

    @Test
    void a_withdrawn_proposal_cannot_be_changed_or_withdrawn_again() {
        Call call = openCall();
        String key = PrivateLinks.newSecret();
        saved(applications.save(call, key, complete("Idea."), true));

        Proposal withdrawn = saved(applications.withdraw(call, key));

        assertThat(withdrawn.status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(applications.update(call, key, complete("Uusi."), true)).isEqualTo(new Refused(Refusal.NOT_EDITABLE));
        assertThat(applications.save(call, key, complete("Uusi."), false)).isEqualTo(new Refused(Refusal.NOT_EDITABLE));
        assertThat(applications.withdraw(call, key)).isEqualTo(new Refused(Refusal.NOT_EDITABLE));
        assertThat(applications.bySecret(key).orElseThrow().answer("idea")).isEqualTo("Idea.");
    }

    @Test
    void a_link_of_another_call_or_no_link_at_all_opens_nothing() {
        Call call = openCall();
        Call other = openCall();
        String key = PrivateLinks.newSecret();
        saved(applications.save(call, key, complete("Idea."), false));

        assertThat(applications.update(other, key, complete("Vieras."), false)).isEqualTo(new Refused(Refusal.NOT_FOUND));
        assertThat(applications.withdraw(other, key)).isEqualTo(new Refused(Refusal.NOT_FOUND));
        assertThat(applications.bySecret("not-a-secret")).isEmpty();
        assertThat(applications.bySecret(PrivateLinks.newSecret())).isEmpty();
    }

    @Test
    void saving_a_sent_proposal_checks_it_as_sent_and_keeps_it_sent() {
        Call call = openCall();
        String key = PrivateLinks.newSecret();
        saved(applications.save(call, key, complete("Idea."), true));

        Applied emptied = applications.update(call, key, ApplicationForm.empty("fi"), false);
        Proposal changed = saved(applications.update(call, key, complete("Parempi idea."), false));

        assertThat(emptied).isInstanceOf(Invalid.class);
        assertThat(changed.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(changed.answer("idea")).isEqualTo("Parempi idea.");
    }

    @Test
    void a_chosen_proposals_checklist_starts_from_the_usual_tasks_in_its_language_and_is_its_own_to_edit() {
        Call call = openCall();
        String key = PrivateLinks.newSecret();
        Proposal sent = saved(applications.save(call, key, complete("Idea."), true));
        assertThat(applications.tick(key, 0, true)).isEqualTo(new Refused(Refusal.NOT_CHOSEN));
        chosen(sent);

        assertThat(applications.checklist(applications.bySecret(key).orElseThrow())).extracting(ProposalTask::text)
                .containsExactly("Engagera nyckelpersonerna", "Håll planeringsgruppen informerad",
                        "Välj talarna och ordföranden", "Skissa marknadsföringstexten");
        saved(applications.tick(key, 1, true));
        saved(applications.editTask(key, 0, "Kutsu Maija ja Matti"));
        saved(applications.removeTask(key, 3));
        saved(applications.addTask(key, "Varaa mikrofoni"));

        assertThat(applications.bySecret(key).orElseThrow().tasks()).containsExactly(
                new ProposalTask("Kutsu Maija ja Matti", false), new ProposalTask("Håll planeringsgruppen informerad", true),
                new ProposalTask("Välj talarna och ordföranden", false), new ProposalTask("Varaa mikrofoni", false));
        assertThat(applications.addTask(key, "  ")).isInstanceOf(Invalid.class);
        assertThat(applications.removeTask(key, 9)).isEqualTo(new Refused(Refusal.NOT_FOUND));
    }

    @Test
    void a_changed_marketing_text_waits_for_approval_again_and_the_same_text_keeps_it() {
        Call call = openCall();
        String key = PrivateLinks.newSecret();
        Proposal proposal = chosen(saved(applications.save(call, key, complete("Idea."), true)));
        assertThat(saved(applications.marketingText(key, "Tule kuulemaan!")).marketingApproved()).isFalse();
        approve(key);

        assertThat(saved(applications.marketingText(key, "Tule kuulemaan!")).marketingApproved()).isTrue();
        Proposal edited = saved(applications.marketingText(key, "Tule kuulemaan ja kysymään!"));
        assertThat(edited.marketingApproved()).isFalse();
        assertThat(edited.marketingText()).isEqualTo("Tule kuulemaan ja kysymään!");
        assertThat(applications.marketingText(key, "x".repeat(4001))).isInstanceOf(Invalid.class);
        assertThat(proposal.id()).isEqualTo(edited.id());
    }

    private Proposal chosen(Proposal p) {
        Proposal current = proposals.findById(p.requireId()).orElseThrow();
        return proposals.save(new Proposal(current.id(), current.callId(), current.eventId(), current.tokenHash(),
                current.submissionKey(), ProposalStatus.CHOSEN, current.language(), current.title(),
                current.responsibleName(), current.responsibleOrganisation(), current.responsibleEmail(),
                current.responsiblePhone(), current.answers(), "Valittu!", Instant.now(), null, null, current.tasks(),
                current.marketingText(), current.marketingApproved(), current.createdAt(), current.submittedAt(),
                current.updatedAt(), current.version()));
    }

    private void approve(String key) {
        Proposal p = applications.bySecret(key).orElseThrow();
        proposals.save(new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(), p.status(),
                p.language(), p.title(), p.responsibleName(), p.responsibleOrganisation(), p.responsibleEmail(),
                p.responsiblePhone(), p.answers(), p.decisionMessage(), p.decidedAt(), p.sessionId(), p.slotId(),
                p.tasks(), p.marketingText(), true, p.createdAt(), p.submittedAt(), p.updatedAt(), p.version()));
    }
}
