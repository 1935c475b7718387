package fi.pyykkinaru.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What an organiser gives a chosen session proposal to put it on the programme. */
public record ScheduledSession(String title, @Nullable String description, Instant startsAt, Instant endsAt,
        @Nullable String room, String language) {
}
