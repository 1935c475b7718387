package fi.pyykkinaru.clothesline;

import org.jspecify.annotations.Nullable;

/** A slip on the wall as summaries list it: no personal data. */
public record PublishedSlip(long id, long lineId, String title, @Nullable String body, @Nullable String organisation) {
}
