package fi.pyykkinaru.harvest;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Where a report is on its way to publication, and how long it may sit in each step before it is overdue.
 * Labels are {@code report.status.<NAME>}.
 */
public enum ReportStatus {
    NEW(Duration.ofDays(3)),
    ASSIGNED(Duration.ofDays(7)),
    CONTACTED(Duration.ofDays(14)),
    TEXT_RECEIVED(Duration.ofDays(14)),
    /** Overdue once its publishing date has passed. */
    SCHEDULED(null),
    PUBLISHED(null),
    DECLINED(null);

    private final @Nullable Duration expectedWithin;

    ReportStatus(@Nullable Duration expectedWithin) {
        this.expectedWithin = expectedWithin;
    }

    public @Nullable Duration expectedWithin() {
        return expectedWithin;
    }

    public boolean finished() {
        return this == PUBLISHED || this == DECLINED;
    }
}
