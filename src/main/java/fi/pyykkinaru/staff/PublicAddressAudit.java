package fi.pyykkinaru.staff;

import fi.pyykkinaru.kiosk.PublicAddressChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a change of the address phones use in the audit log. Heard on the changing thread, inside its transaction:
 * the log then knows who was signed in, and has the line exactly when the change is kept.
 */
@Component
class PublicAddressAudit {

    private final AuditLog audit;

    PublicAddressAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void changed(PublicAddressChanged change) {
        if (change.after() == null) {
            // Back to the automatic choice: what was dropped is what a reader of the log needs.
            audit.record("public-address.automatic", change.before() == null ? "" : change.before());
        } else {
            audit.record("public-address.set", change.before() == null ? change.after()
                    : change.before() + " → " + change.after());
        }
    }
}
