package fi.pyykkinaru.clothesline;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A slip on the wall with when it was written and its theme codes, no personal data: a takeover's harvest. */
public record TimedSlip(long id, Instant createdAt, String title, @Nullable String body, @Nullable String organisation,
        List<String> themes) {

    public TimedSlip {
        themes = List.copyOf(themes);
    }
}
