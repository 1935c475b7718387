package fi.pyykkinaru.printing;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The stand's print queue. A job is stored before anything is sent, so the visitor's screen never waits for a
 * printer; {@link PrintWorker} sends and follows it. Printing the same thing again is always an explicit
 * {@link #reprint}. A job belongs to the app node it was asked at (several may share one database): only that
 * node's worker sends it, to its own printers.
 */
@Service
public class PrintQueue {

    private final PrintJobStore store;
    private final PrintSettings settings;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PrintQueue(PrintJobStore store, PrintSettings settings, ApplicationEventPublisher publisher, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Queues a first print of the document; held jobs wait for staff. Refused when the same thing already has a
     * job that is printed or on its way: that would be printing twice by accident.
     */
    public PrintJob submit(PrintDocument document, boolean hold) {
        return submit(document, hold, null);
    }

    /**
     * As {@link #submit(PrintDocument, boolean)}, to the printer of the stand it was asked at ({@code printer}, an
     * IPP address); null or blank: the settings file's printer for the document's purpose.
     */
    public PrintJob submit(PrintDocument document, boolean hold, @Nullable String printer) {
        Optional<PrintJob> earlier = latest(document.kind(), document.subject())
                .filter(j -> j.state().open() || j.state() == PrintState.DONE);
        if (earlier.isPresent()) {
            throw new AlreadyPrintedException(earlier.get());
        }
        return changed(store.insert(document, hold ? PrintState.HELD : PrintState.QUEUED, null, target(printer),
                settings.node(), clock.instant()));
    }

    /**
     * A new job with the same document as an earlier one, by staff's explicit choice, to the same printer: on the
     * node that printed the original, whichever node's screen asked.
     */
    public PrintJob reprint(long jobId) {
        PrintJob original = job(jobId);
        PrintDocument document = new PrintDocument(original.kind(), original.subject(), original.title(),
                original.media(), store.document(jobId));
        String node = original.node() != null ? original.node() : settings.node();
        return handled("reprint", changed(store.insert(document, PrintState.QUEUED, jobId, original.printer(), node,
                clock.instant())), jobId, true);
    }

    /** A blank address is none; anything else must be an address the worker can send to, checked now, not later. */
    private static @Nullable String target(@Nullable String printer) {
        if (printer == null || printer.isBlank()) {
            return null;
        }
        IppClient.httpAddress(java.net.URI.create(printer.strip()));
        return printer.strip();
    }

    /** Sends a failed or held job (again) now. */
    public PrintJob retry(long jobId) {
        PrintJob job = job(jobId);
        if (job.state() != PrintState.FAILED && job.state() != PrintState.HELD && job.state() != PrintState.QUEUED) {
            return handled("retry", job, null, false);
        }
        store.move(job, PrintState.QUEUED, job.attempts(), job.lastError(), null, clock.instant(), clock.instant());
        return handled("retry", changed(jobId), null, true);
    }

    /**
     * Stops a job that is not printed yet. One already at the printer is cancelled there by the worker of the node
     * that owns it (perhaps not this one), which alone talks to that printer: the request is stored for it.
     */
    public PrintJob cancel(long jobId) {
        PrintJob job = job(jobId);
        if (cancelsHere(job.state())) {
            store.move(job, PrintState.CANCELLED, job.attempts(), job.lastError(), job.printerJobId(), clock.instant(),
                    clock.instant());
        } else if ((job.state() == PrintState.SENT || job.state() == PrintState.PRINTING) && store.askCancel(job)) {
            publisher.publishEvent(new CancelAtPrinter(job));
        }
        return handled("cancel", changed(jobId), null, cancelsHere(job.state()) || job.state().open());
    }

    /** Whether {@link #cancel} stops the job here, before any printer has it, so that it can be taken back. */
    public static boolean cancelsHere(PrintState state) {
        return state == PrintState.QUEUED || state == PrintState.HELD || state == PrintState.FAILED;
    }

    /**
     * Takes back a cancel that stopped the job before it reached a printer: it returns to where it was (queued,
     * held or failed). A job cancelled at its printer, or changed since, stays as it is.
     */
    public PrintJob uncancel(long jobId, PrintState before) {
        PrintJob job = job(jobId);
        if (job.state() == PrintState.CANCELLED && cancelsHere(before)) {
            store.move(job, before, job.attempts(), job.lastError(), job.printerJobId(), clock.instant(), clock.instant());
        }
        return handled("uncancel", changed(jobId), null, job.state() == PrintState.CANCELLED && cancelsHere(before));
    }

    public PrintJob job(long jobId) {
        return store.find(jobId).orElseThrow(() -> new NoSuchElementException("No print job " + jobId));
    }

    public List<PrintJob> recent(int limit) {
        return store.recent(limit);
    }

    /** Every job for one thing, oldest first. */
    public List<PrintJob> history(PrintKind kind, String subject) {
        return store.of(kind, subject);
    }

    /** Every job for each of these things, by subject, oldest first. */
    public java.util.Map<String, List<PrintJob>> histories(PrintKind kind, Collection<String> subjects) {
        return store.of(kind, subjects).stream().collect(java.util.stream.Collectors.groupingBy(PrintJob::subject));
    }

    public Optional<PrintJob> latest(PrintKind kind, String subject) {
        List<PrintJob> jobs = history(kind, subject);
        return jobs.isEmpty() ? Optional.empty() : Optional.of(jobs.getLast());
    }

    /** The things this kind of job has printed, e.g. to pick those of one event. */
    public List<String> subjects(PrintKind kind) {
        return store.subjects(kind);
    }

    /**
     * Forgets every job of these things, documents and all, when what they print must be erased; reprints of
     * them stay, no longer pointing back. Returns how many jobs went. One already at a printer is not called back.
     */
    public int forget(PrintKind kind, Collection<String> subjects) {
        return store.delete(kind, subjects);
    }

    public byte[] document(long jobId) {
        return store.document(jobId);
    }

    private PrintJob changed(long id) {
        PrintJob job = job(id);
        publisher.publishEvent(new PrintJobChanged(job.id(), job.kind(), job.subject(), job.state()));
        return job;
    }

    private PrintJob handled(String action, PrintJob job, @Nullable Long original, boolean done) {
        publisher.publishEvent(new PrintJobHandled(action, job.id(), original, done));
        return job;
    }

    /** Staff asked to cancel a job that is already at its printer. */
    record CancelAtPrinter(PrintJob job) {
    }

    /** The thing was printed, or is being printed, already; printing it again is a reprint. */
    public static class AlreadyPrintedException extends IllegalStateException {

        private final transient PrintJob earlier;

        AlreadyPrintedException(PrintJob earlier) {
            super("Already printed or queued as job " + earlier.id());
            this.earlier = earlier;
        }

        public PrintJob earlier() {
            return earlier;
        }
    }
}
