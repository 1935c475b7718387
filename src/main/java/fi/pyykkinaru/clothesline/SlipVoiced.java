package fi.pyykkinaru.clothesline;

import org.jspecify.annotations.Nullable;

/** A visitor added their voice to a slip on a line or to a catalogue entry; the line's count changed. */
public record SlipVoiced(long eventId, long lineId, @Nullable Long slipId, @Nullable Long catalogueEntryId,
        long voiceId, SlipStatus status) {
}
