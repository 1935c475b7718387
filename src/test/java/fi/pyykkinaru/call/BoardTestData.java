package fi.pyykkinaru.call;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Proposals and reviews as applicants and reviewers would leave them, for the review board's tests. */
public final class BoardTestData {

    private BoardTestData() {
    }

    /** A proposal sent in to the call by its applicant. */
    public static Proposal proposal(ProposalRepository proposals, Call call, String title, String name,
            ProposalStatus status, Map<String, String> answers) {
        Instant now = Instant.now();
        Map<String, ProposalAnswer> given = new HashMap<>();
        answers.forEach((k, v) -> given.put(k, new ProposalAnswer(v)));
        return proposals.save(new Proposal(null, call.requireId(), call.eventId(),
                PrivateLinks.hash(PrivateLinks.newSecret()), UUID.randomUUID().toString(), status, "fi", title, name,
                "Järjestö ry", name.toLowerCase().replace(' ', '.') + "@example.org", "040 123 4567", given, null, null,
                null, null, List.of(), null, false, now, status == ProposalStatus.DRAFT ? null : now, now, 0));
    }

    /** The same, for tests outside this package (the views', the browser's). */
    public static Proposal proposal(ApplicationContext context, Call call, String title, String name,
            ProposalStatus status, Map<String, String> answers) {
        return proposal(context.getBean(ProposalRepository.class), call, title, name, status, answers);
    }

    /**
     * Removes every call of the event with its proposals, reviews and jury: tests that open calls on the shared
     * sample event leave it as they found it.
     */
    public static void removeCalls(ApplicationContext context, long eventId) {
        ProposalRepository proposals = context.getBean(ProposalRepository.class);
        ReviewRepository reviews = context.getBean(ReviewRepository.class);
        JuryMemberRepository jury = context.getBean(JuryMemberRepository.class);
        CallRepository calls = context.getBean(CallRepository.class);
        // What the proposals became goes too, and nothing else of the event: the sample's own open-call sessions stay.
        var slots = context.getBean(fi.pyykkinaru.kiosk.StandSlots.class);
        var lines = context.getBean(fi.pyykkinaru.clothesline.Lines.class);
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        for (Proposal proposal : proposals.findByEventId(eventId)) {
            if (proposal.sessionId() != null) {
                jdbc.sql("delete from feedback_answer where session_id = ?").param(proposal.sessionId()).update();
                jdbc.sql("delete from programme_session where id = ?").param(proposal.sessionId()).update();
            }
            if (proposal.slotId() != null) {
                slots.find(proposal.slotId()).ifPresent(slot -> {
                    slots.remove(slot.requireId());
                    lines.active(eventId).stream().filter(l -> l.code().equals(slot.lineCode()))
                            .forEach(l -> lines.remove(l.requireId()));
                });
            }
        }
        for (Proposal proposal : proposals.findByEventId(eventId)) {
            reviews.deleteAll(reviews.findByProposalId(proposal.requireId()));
            proposals.delete(proposal);
        }
        for (Call call : calls.findByEventIdOrderByOpensAtAsc(eventId)) {
            jury.deleteAll(jury.findByCallIdOrderByName(call.requireId()));
            calls.delete(call);
        }
    }

    /** Every criterion of the call given the same score. */
    public static Map<String, Integer> scores(Call call, int score) {
        Map<String, Integer> scores = new HashMap<>();
        call.criteria().forEach(c -> scores.put(c.key(), score));
        return scores;
    }
}
