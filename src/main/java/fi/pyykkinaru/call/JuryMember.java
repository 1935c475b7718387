package fi.pyykkinaru.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A member of a pitch call's jury: a name and the hash of their private scoring link; no account needed. */
@Table("jury_member")
public record JuryMember(@Id @Nullable Long id, long callId, String name, String tokenHash, Instant createdAt) {

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Jury member is not saved");
        }
        return id;
    }
}
