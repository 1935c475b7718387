package fi.pyykkinaru.call;

import fi.pyykkinaru.staff.AuditLog;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the organiser's call editor needs besides saving: whether proposals came in (a call's kind is fixed then),
 * and how many answered a question (dropping it then asks first). Saving goes through here to be audited.
 */
@Service
public class CallSetups {

    private final Calls calls;
    private final ProposalRepository proposals;
    private final AuditLog audit;

    CallSetups(Calls calls, ProposalRepository proposals, AuditLog audit) {
        this.calls = calls;
        this.proposals = proposals;
        this.audit = audit;
    }

    /**
     * Saves the organiser's edit of a call on the version they saw (the call's own {@code version}): if someone
     * saved it meanwhile, Spring's {@link org.springframework.dao.OptimisticLockingFailureException} says so and
     * nothing changes.
     */
    @Transactional
    public Call save(Call edited) {
        Call saved = calls.save(edited);
        audit.record("call-setup", "event " + saved.eventId() + ": call " + saved.requireId());
        return saved;
    }

    @Transactional(readOnly = true)
    public boolean hasProposals(long callId) {
        return !proposals.findByCallIdOrderByCreatedAtAsc(callId).isEmpty();
    }

    /** How many proposals answer the question; a contact question's answer is the responsible person's name. */
    @Transactional(readOnly = true)
    public long answers(long callId, Question question) {
        return proposals.findByCallIdOrderByCreatedAtAsc(callId).stream()
                .filter(p -> !(question.kind() == QuestionKind.CONTACT
                        ? Objects.requireNonNullElse(p.responsibleName(), "") : p.answer(question.key())).isBlank())
                .count();
    }
}
