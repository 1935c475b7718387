package fi.pyykkinaru.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser gives a chosen takeover to put it on a stand: the stand, the time, the network's name, and
 * its line: an existing line's code, or a new question line with this prompt ({@code newLinePrompt}).
 */
public record ScheduledSlot(long standId, Instant startsAt, Instant endsAt, String networkName,
        @Nullable String lineCode, @Nullable String newLinePrompt) {
}
