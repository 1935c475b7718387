package fi.pyykkinaru.call;

import fi.pyykkinaru.staff.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' side of a chosen proposal's marketing text: its responsible person writes it on their private page,
 * an organiser approves it for publication (or takes the approval back). An approval holds the version the organiser
 * read: a text changed since then fails with an optimistic lock rather than being approved unread.
 */
@Service
public class MarketingTexts {

    private final ProposalRepository proposals;
    private final AuditLog audit;

    MarketingTexts(ProposalRepository proposals, AuditLog audit) {
        this.proposals = proposals;
        this.audit = audit;
    }

    @Transactional
    public Proposal approve(long proposalId, int seenVersion, boolean approved) {
        Proposal p = proposals.findById(proposalId).orElseThrow();
        if (p.marketingText() == null || p.marketingText().isBlank()) {
            throw new IllegalStateException("Nothing to approve");
        }
        Proposal saved = proposals.save(new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(),
                p.submissionKey(), p.status(), p.language(), p.title(), p.responsibleName(),
                p.responsibleOrganisation(), p.responsibleEmail(), p.responsiblePhone(), p.answers(),
                p.decisionMessage(), p.decidedAt(), p.sessionId(), p.slotId(), p.tasks(), p.marketingText(), approved,
                p.createdAt(), p.submittedAt(), p.updatedAt(), seenVersion));
        audit.record(approved ? "proposal.marketing.approved" : "proposal.marketing.unapproved",
                "proposal " + proposalId);
        return saved;
    }
}
