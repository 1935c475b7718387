package fi.pyykkinaru.call;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** What browser tests in other packages do to a call that no page does yet: decide a proposal, remove the call. */
public final class CallTestAccess {

    private CallTestAccess() {
    }

    /** Marks the proposal behind a private link chosen, with a decision message, as the review board will. */
    public static void choose(ApplicationContext context, String secret, String message, Instant at) {
        ProposalRepository proposals = context.getBean(ProposalRepository.class);
        Proposal p = proposals.findByTokenHash(PrivateLinks.hash(secret)).orElseThrow();
        proposals.save(new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(),
                ProposalStatus.CHOSEN, p.language(), p.title(), p.responsibleName(), p.responsibleOrganisation(),
                p.responsibleEmail(), p.responsiblePhone(), p.answers(), message, at, p.sessionId(), p.slotId(),
                p.tasks(), p.marketingText(), p.marketingApproved(), p.createdAt(), p.submittedAt(), p.updatedAt(),
                p.version()));
    }

    /** Removes a call with its proposals (and their reviews), so that a test leaves the sample event as it was. */
    public static void remove(ApplicationContext context, long callId) {
        ProposalRepository proposals = context.getBean(ProposalRepository.class);
        ReviewRepository reviews = context.getBean(ReviewRepository.class);
        for (Proposal proposal : proposals.findByCallIdOrderByCreatedAtAsc(callId)) {
            reviews.deleteAll(reviews.findByProposalId(proposal.requireId()));
            proposals.delete(proposal);
        }
        context.getBean(CallRepository.class).deleteById(callId);
    }
}
