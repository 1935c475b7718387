package fi.pyykkinaru.staff;

import fi.pyykkinaru.printing.PrintJobHandled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts staff's reprints, retries and cancels of print jobs in the audit log. The print queue knows nothing of
 * logins (staff builds on printing, not the other way round), so it announces them and this writes them down, on
 * the acting thread, which says who it was.
 */
@Component
class PrintAudit {

    private final AuditLog audit;

    PrintAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void handled(PrintJobHandled job) {
        audit.record("print." + job.action(), "job " + job.jobId() + (job.originalJobId() == null ? "" : " ← job " + job.originalJobId()),
                job.done() ? AuditLog.Outcome.DONE : AuditLog.Outcome.REFUSED);
    }
}
