package fi.pyykkinaru.printing;

import fi.pyykkinaru.printing.PrintQueue.CancelAtPrinter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends this node's queued jobs and follows them to paper, on one thread of its own so that no screen ever waits
 * for a printer. Jobs of other nodes sharing the database are theirs alone: their printers may be out of this
 * node's reach, or be another printer at the same address (ipp://localhost), so this node never sends, follows or
 * requeues them. A printer that is stopped, refuses jobs or cannot be reached makes its jobs wait, with the reason
 * stored for staff, and try again with back-off. After a restart it carries on from the database: a job that was
 * being sent when the server died is looked up on the printer by its name before anything is sent again.
 */
@Component
class PrintWorker implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PrintWorker.class);
    private static final Duration STATUS_AGE = Duration.ofSeconds(5);

    private final PrintJobStore store;
    private final Printers printers;
    private final IppClient ipp;
    private final List<PrintFinishing> finishings;
    private final PrintSettings settings;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "print-queue");
        t.setDaemon(true);
        return t;
    });

    PrintWorker(PrintJobStore store, Printers printers, IppClient ipp, List<PrintFinishing> finishings,
            PrintSettings settings, ApplicationEventPublisher publisher, Clock clock) {
        this.finishings = finishings;
        this.store = store;
        this.printers = printers;
        this.ipp = ipp;
        this.settings = settings;
        this.publisher = publisher;
        this.clock = clock;
    }

    // Started, not ready: before the phones' warm-up rather than in the first burst of phones after it (issue 18).
    @EventListener(ApplicationStartedEvent.class)
    void start() {
        int adopted = store.adopt(settings.node());
        if (adopted > 0) {
            LOG.info("Print jobs queued before nodes were told apart, now node {}'s: {}", settings.node(), adopted);
        }
        thread.scheduleWithFixedDelay(this::safeRound, 0, settings.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A new or released job goes out at once rather than at the next round. */
    @EventListener
    void changed(PrintJobChanged change) {
        if (change.state() == PrintState.QUEUED) {
            thread.execute(this::safeRound);
        }
    }

    /** Staff on this node asked; the owner's worker (this one or another's next round) cancels at the printer. */
    @EventListener
    void cancel(CancelAtPrinter request) {
        if (settings.node().equals(request.job().node())) {
            thread.execute(() -> cancelAtPrinter(request.job()));
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }

    private void safeRound() {
        try {
            round();
        } catch (RuntimeException e) {
            // One bad round (the database busy at shutdown, say) must not stop the queue for good.
            LOG.warn("Print queue round failed", e);
        }
    }

    void round() {
        Set<URI> refreshed = new HashSet<>();
        Set<URI> due = new LinkedHashSet<>(printers.watched());
        store.targets(settings.node()).forEach(address -> due.add(URI.create(address)));
        for (URI address : due) {
            if (!printers.checkedWithin(address, STATUS_AGE)) {
                refresh(address);
                refreshed.add(address);
            }
        }
        for (PrintJob job : store.due(settings.node(), clock.instant())) {
            Optional<URI> address = printers.address(job);
            if (job.state() == PrintState.QUEUED && address.isPresent() && !refreshed.contains(address.get())) {
                // Fresh status before sending: a printer that just stopped keeps the job here, where it can be
                // cancelled or moved, instead of in the spooler.
                refresh(address.get());
                refreshed.add(address.get());
            }
            handle(job);
        }
    }

    private void refresh(URI address) {
        PrinterStatus status = printers.refresh(address);
        if (status.ready()) {
            store.wake(settings.node(), address.toString(), printers.defaultFor(address), clock.instant());
        }
    }

    private void handle(PrintJob job) {
        Optional<URI> printer = printers.address(job);
        if (printer.isEmpty()) {
            if (job.state() == PrintState.QUEUED) {
                wait(job, "print.error.no-printer");
            }
            // A job out at a printer stays there: queueing it again (its printer gone from the settings since it was
            // sent) would print it twice.
            return;
        }
        switch (job.state()) {
            case QUEUED -> send(job, printer.get());
            case SENT, PRINTING -> {
                if (job.cancelAsked()) {
                    cancelAtPrinter(job);
                } else {
                    follow(job, printer.get());
                }
            }
            default -> { }
        }
    }

    /** The stored document with what only the paper may carry (see {@link PrintFinishing}). */
    private byte[] finished(PrintJob job) {
        byte[] document = store.document(job.id());
        for (PrintFinishing finishing : finishings) {
            document = finishing.finish(job.kind(), job.subject(), document);
        }
        return document;
    }

    private void send(PrintJob job, URI printer) {
        PrinterStatus status = printers.status(printer);
        if (!status.ready()) {
            wait(job, status.reachable() ? reason(status) : "print.error.unreachable");
            return;
        }
        int attempt = job.attempts() + 1;
        Instant now = clock.instant();
        if (!store.move(job, PrintState.SENT, attempt, null, null, now, now)) {
            return;
        }
        PrintJob sending = store.find(job.id()).orElseThrow();
        publish(sending);
        try {
            int printerJobId = ipp.print(printer, sending.printerJobName(), sending.media(), finished(sending));
            store.move(sending, PrintState.SENT, attempt, null, printerJobId, clock.instant(), clock.instant());
            publish(store.find(job.id()).orElseThrow());
        } catch (PrinterException e) {
            if (e.maybeDelivered()) {
                // It may have reached the spooler; following it looks it up by name before any new try.
                store.move(sending, PrintState.SENT, attempt, e.getMessage(), null, clock.instant(), clock.instant());
            } else if (e.worthRetrying()) {
                store.move(sending, PrintState.QUEUED, attempt, e.getMessage(), null, clock.instant(), later(attempt));
            } else {
                store.move(sending, PrintState.FAILED, attempt, e.getMessage(), null, clock.instant(), clock.instant());
            }
            publish(store.find(job.id()).orElseThrow());
        }
    }

    private void follow(PrintJob job, URI printer) {
        try {
            if (job.printerJobId() == null) {
                Optional<Integer> found = ipp.findJob(printer, job.printerJobName());
                if (found.isPresent()) {
                    move(job, PrintState.SENT, null, found.get());
                } else {
                    move(job, PrintState.QUEUED, null, null);
                }
                return;
            }
            IppClient.JobStatus status = ipp.job(printer, job.printerJobId());
            PrinterStatus printerStatus = printers.status(printer);
            String printerTrouble = printerStatus.ready() ? null : reason(printerStatus);
            switch (status.state()) {
                case 3, 4 -> move(job, PrintState.SENT, printerTrouble, job.printerJobId());
                case 5, 6 -> move(job, PrintState.PRINTING, printerTrouble, job.printerJobId());
                case 9 -> move(job, PrintState.DONE, null, job.printerJobId());
                case 7 -> move(job, PrintState.CANCELLED, status.message().isBlank() ? null : status.message(), job.printerJobId());
                default -> move(job, PrintState.FAILED, status.message().isBlank() ? String.join(", ", status.reasons())
                        : status.message(), job.printerJobId());
            }
        } catch (PrinterException e) {
            // The spooler keeps its jobs across its own restarts: keep following, and say why nothing moves.
            if (!e.getMessage().equals(job.lastError())) {
                store.move(job, job.state(), job.attempts(), e.getMessage(), job.printerJobId(), clock.instant(),
                        clock.instant());
                publish(store.find(job.id()).orElseThrow());
            }
        }
    }

    private void cancelAtPrinter(PrintJob seen) {
        PrintJob job = store.find(seen.id()).orElseThrow();
        Optional<URI> printer = printers.address(job);
        if (!(job.state() == PrintState.SENT || job.state() == PrintState.PRINTING) || printer.isEmpty()) {
            return;
        }
        try {
            if (job.printerJobId() != null) {
                ipp.cancel(printer.get(), job.printerJobId());
            }
            move(job, PrintState.CANCELLED, null, job.printerJobId());
        } catch (PrinterException e) {
            store.move(job, job.state(), job.attempts(), e.getMessage(), job.printerJobId(), clock.instant(), clock.instant());
            publish(store.find(job.id()).orElseThrow());
        }
    }

    private void wait(PrintJob job, String why) {
        int tries = job.attempts() + 1;
        if (store.move(job, PrintState.QUEUED, tries, why, null, clock.instant(), later(tries))
                && !why.equals(job.lastError())) {
            publish(store.find(job.id()).orElseThrow());
        }
    }

    private void move(PrintJob job, PrintState state, @Nullable String error, @Nullable Integer printerJobId) {
        boolean same = state == job.state() && java.util.Objects.equals(error, job.lastError())
                && java.util.Objects.equals(printerJobId, job.printerJobId());
        if (same) {
            return;
        }
        if (store.move(job, state, job.attempts(), error, printerJobId, clock.instant(), clock.instant())) {
            publish(store.find(job.id()).orElseThrow());
        }
    }

    private Instant later(int tries) {
        long factor = 1L << Math.min(tries - 1, 16);
        Duration delay = settings.retryMin().multipliedBy(factor);
        return clock.instant().plus(delay.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : delay);
    }

    private static String reason(PrinterStatus status) {
        if (!status.accepting()) {
            return status.why().isBlank() ? "print.error.not-accepting" : status.why();
        }
        return status.why().isBlank() ? "print.error.stopped" : status.why();
    }

    private void publish(PrintJob job) {
        publisher.publishEvent(new PrintJobChanged(job.id(), job.kind(), job.subject(), job.state()));
    }

}
