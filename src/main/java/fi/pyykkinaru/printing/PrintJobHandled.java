package fi.pyykkinaru.printing;

import org.jspecify.annotations.Nullable;

/**
 * Staff did something to a job by hand: {@code reprint}, {@code retry}, {@code cancel} or {@code uncancel}.
 * {@code done} is false when the job was past what the action could change. Heard on the acting thread, so that
 * the audit log knows who it was.
 */
public record PrintJobHandled(String action, long jobId, @Nullable Long originalJobId, boolean done) {
}
