package fi.pyykkinaru.printing;

/** A job moved on; screens that show it follow. */
public record PrintJobChanged(long jobId, PrintKind kind, String subject, PrintState state) {
}
