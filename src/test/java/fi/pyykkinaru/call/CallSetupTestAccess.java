package fi.pyykkinaru.call;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** Lets tests outside the call's package store proposals and reviews as applicants and reviewers would leave them. */
public final class CallSetupTestAccess {

    private CallSetupTestAccess() {
    }

    /** A submitted proposal to the call, with these answers by question key. */
    public static Proposal propose(ApplicationContext context, Call call, String title, Map<String, String> answers,
            Instant submittedAt) {
        Map<String, ProposalAnswer> stored = new HashMap<>();
        answers.forEach((key, text) -> stored.put(key, new ProposalAnswer(text)));
        return context.getBean(ProposalRepository.class).save(new Proposal(null, call.requireId(), call.eventId(),
                PrivateLinks.hash(PrivateLinks.newSecret()), "k-" + PrivateLinks.newSecret(), ProposalStatus.SUBMITTED,
                "fi", title, "Maija Meikäläinen", "Järjestö ry", "maija@example.org", "+358 40 123 4567", stored,
                null, null, null, null, List.of(), null, false, submittedAt, submittedAt, submittedAt, 0));
    }

    /** The same proposal with a new status. */
    public static Proposal withStatus(ApplicationContext context, Proposal proposal, ProposalStatus status) {
        return context.getBean(ProposalRepository.class).save(new Proposal(proposal.id(), proposal.callId(),
                proposal.eventId(), proposal.tokenHash(), proposal.submissionKey(), status, proposal.language(),
                proposal.title(), proposal.responsibleName(), proposal.responsibleOrganisation(),
                proposal.responsibleEmail(), proposal.responsiblePhone(), proposal.answers(),
                proposal.decisionMessage(), proposal.decidedAt(), proposal.sessionId(), proposal.slotId(),
                proposal.tasks(), proposal.marketingText(), proposal.marketingApproved(), proposal.createdAt(),
                proposal.submittedAt(), proposal.updatedAt(), proposal.version()));
    }

    /** A reviewer's scores by criterion key, with a comment. */
    public static Review review(ApplicationContext context, Proposal proposal, String reviewer,
            Map<String, Integer> scores, String comment) {
        Map<String, ReviewScore> stored = new HashMap<>();
        scores.forEach((key, score) -> stored.put(key, new ReviewScore(score)));
        return context.getBean(ReviewRepository.class).save(new Review(null, proposal.requireId(), reviewer, stored,
                comment, Instant.now(), 0));
    }
}
