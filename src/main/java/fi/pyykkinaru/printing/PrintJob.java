package fi.pyykkinaru.printing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored print job (its document is kept beside it). {@code subject} names what it prints, e.g. a
 * registration's id, so a second print of the same thing is recognised as a reprint. {@code printer} is the IPP
 * address of the stand's printer it was asked for at; null: the settings file's printer for its purpose, on the
 * {@code node} that owns the job (the app node it was asked at; null only before the first start that adopts it).
 * {@code cancelAsked}: staff asked to cancel it while it was at its printer; the owner's worker does it there.
 */
public record PrintJob(long id, PrintKind kind, String subject, String title, String media, PrintState state,
        int attempts, @Nullable String lastError, @Nullable Integer printerJobId, @Nullable Long reprintOf,
        Instant createdAt, Instant changedAt, Instant nextAttemptAt, @Nullable String printer, @Nullable String node,
        boolean cancelAsked) {

    public PrinterPurpose purpose() {
        return kind.purpose();
    }

    /**
     * The name the job carries on the printer, unique per try (and apart from jobs of an earlier database that the
     * spooler may still list), so that a restart can find what was sent.
     */
    String printerJobName() {
        return "pyykkinaru-" + id + "-" + createdAt.toEpochMilli() + "-" + attempts;
    }
}
