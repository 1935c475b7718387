package fi.pyykkinaru.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The review board's changes to a proposal, as copies: its status and decision, and what it became. */
final class BoardCopies {

    private BoardCopies() {
    }

    static Proposal status(Proposal p, ProposalStatus status, @Nullable String message, @Nullable Instant decidedAt,
            Instant now) {
        return new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(), status, p.language(),
                p.title(), p.responsibleName(), p.responsibleOrganisation(), p.responsibleEmail(), p.responsiblePhone(),
                p.answers(), message, decidedAt, p.sessionId(), p.slotId(), p.tasks(), p.marketingText(),
                p.marketingApproved(), p.createdAt(), p.submittedAt(), now, p.version());
    }

    static Proposal became(Proposal p, @Nullable Long sessionId, @Nullable Long slotId, Instant now) {
        return new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(), p.status(), p.language(),
                p.title(), p.responsibleName(), p.responsibleOrganisation(), p.responsibleEmail(), p.responsiblePhone(),
                p.answers(), p.decisionMessage(), p.decidedAt(), sessionId, slotId, p.tasks(), p.marketingText(),
                p.marketingApproved(), p.createdAt(), p.submittedAt(), now, p.version());
    }
}
