package fi.pyykkinaru.clothesline;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A visitor's +1 to a slip or to a catalogue entry (exactly one of the two), with an optional comment. The status is
 * the comment's: a held comment waits for staff, while the +1 counts at once.
 */
@Table("slip_voice")
public record SlipVoice(
        @Id @Nullable Long id,
        long eventId,
        @Nullable Long slipId,
        @Nullable Long catalogueEntryId,
        @Nullable String comment,
        SlipStatus status,
        @Nullable String stand,
        Instant createdAt,
        @Version int version) {

    SlipVoice withStatus(SlipStatus newStatus) {
        return new SlipVoice(id, eventId, slipId, catalogueEntryId, comment, newStatus, stand, createdAt, version);
    }

    /** The +1 still counts; what its visitor wrote goes. */
    SlipVoice withoutComment() {
        return new SlipVoice(id, eventId, slipId, catalogueEntryId, null, status, stand, createdAt, version);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Voice is not saved");
        }
        return id;
    }
}
