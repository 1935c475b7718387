package fi.pyykkinaru.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Puts every login, and every refused one, in the audit log. A refused login names the account only when one of
 * that name exists: what a stranger types as a username may be anything, a password typed in the wrong field too.
 */
@Component
class LoginAudit {

    private final AuditLog audit;
    private final UserAccountRepository accounts;

    LoginAudit(AuditLog audit, UserAccountRepository accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, "login", "account " + username, AuditLog.Outcome.DONE);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        String target = typed != null && accounts.findByUsername(typed.strip()).isPresent()
                ? "account " + typed.strip() : "account unknown";
        // The server could not check the password (e.g. its database was away): not the person's mistake.
        boolean failed = event.getException() instanceof AuthenticationServiceException;
        audit.recordAs(AuditLog.ANONYMOUS, event.getException() instanceof LockedException ? "login.locked" : "login",
                target, failed ? AuditLog.Outcome.FAILED : AuditLog.Outcome.REFUSED);
    }
}
