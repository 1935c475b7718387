package fi.pyykkinaru.clothesline;

import org.jspecify.annotations.Nullable;

/**
 * A practice on the wall as its follow-up needs it, with the owner's contact (personal data: for those who
 * follow it up, never for screens).
 */
public record PracticeSlip(long id, long eventId, String title, @Nullable String body, @Nullable String organisation,
        @Nullable String ownerContact) {
}
