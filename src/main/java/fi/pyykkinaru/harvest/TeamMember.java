package fi.pyykkinaru.harvest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A member of an event's production team; {@code position} is their place in the rotation. */
@Table("production_member")
public record TeamMember(@Id @Nullable Long id, long eventId, String name, @Nullable String email, boolean absent,
        int position, @Version int version) {

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Team member is not saved");
        }
        return id;
    }

    TeamMember withAbsent(boolean away) {
        return new TeamMember(id, eventId, name, email, away, position, version);
    }

    TeamMember withoutPersonalData() {
        return new TeamMember(id, eventId, name, null, absent, position, version);
    }

    /** Erased on request: a dash keeps their place in the rotation and their reports' follow-up. */
    TeamMember withoutName(String erasedName) {
        return new TeamMember(id, eventId, erasedName, null, absent, position, version);
    }
}
