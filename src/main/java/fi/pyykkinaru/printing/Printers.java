package fi.pyykkinaru.printing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The printers jobs go to and what each was doing when last asked, kept per IPP address: a stand's own printer
 * and the settings file's printer for a purpose are one printer when they share an address.
 */
@Service
public class Printers {

    private final PrintSettings settings;
    private final IppClient ipp;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Map<URI, PrinterStatus> statuses = new HashMap<>();
    private final Map<URI, Instant> checked = new HashMap<>();
    /** Addresses someone asked about (a stand's printer on a visitor's screen): the worker keeps them current. */
    private final Set<URI> watched = new LinkedHashSet<>();

    Printers(PrintSettings settings, IppClient ipp, ApplicationEventPublisher publisher, Clock clock) {
        this.settings = settings;
        this.ipp = ipp;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The settings file's printer for the purpose. */
    public Optional<URI> address(PrinterPurpose purpose) {
        return settings.printer(purpose);
    }

    /** Where the job goes: the printer of the stand it was asked at, else the settings file's for its purpose. */
    public Optional<URI> address(PrintJob job) {
        return job.printer() != null ? Optional.of(URI.create(job.printer())) : settings.printer(job.purpose());
    }

    /**
     * Where a job of this purpose asked at a stand with this printer ({@code null} or blank: none) goes: the same
     * choice as {@link #address(PrintJob)}, before the job exists.
     */
    public Optional<URI> address(PrinterPurpose purpose, @Nullable String standPrinter) {
        if (standPrinter == null || standPrinter.isBlank()) {
            return settings.printer(purpose);
        }
        try {
            return Optional.of(URI.create(standPrinter.strip()));
        } catch (IllegalArgumentException notAnAddress) {
            // A visitor's screen must open even so; the job itself is refused at submit and printed at the desk.
            return Optional.empty();
        }
    }

    /** Whether jobs of this node name are this app node's, sent to its printers. */
    public boolean isThisNode(String node) {
        return settings.node().equals(node);
    }

    /** The last known status; {@link PrinterStatus#configured()} is false for a purpose without a printer. */
    public PrinterStatus status(PrinterPurpose purpose) {
        return settings.printer(purpose).map(this::status).orElseGet(PrinterStatus::notConfigured);
    }

    public PrinterStatus status(PrintJob job) {
        return address(job).map(this::status).orElseGet(PrinterStatus::notConfigured);
    }

    /** The last known status of the printer at this address; asked for soon when it was never asked before. */
    public synchronized PrinterStatus status(URI address) {
        watched.add(address);
        return statuses.getOrDefault(address, PrinterStatus.unreachable(""));
    }

    /** Every address the worker keeps current: the settings file's printers, and those asked about. */
    synchronized Set<URI> watched() {
        Set<URI> all = new LinkedHashSet<>();
        for (PrinterPurpose purpose : PrinterPurpose.values()) {
            settings.printer(purpose).ifPresent(all::add);
        }
        all.addAll(watched);
        return all;
    }

    /** The purposes this address is the settings file's printer for. */
    Set<PrinterPurpose> defaultFor(URI address) {
        Set<PrinterPurpose> purposes = EnumSet.noneOf(PrinterPurpose.class);
        for (PrinterPurpose purpose : PrinterPurpose.values()) {
            if (settings.printer(purpose).filter(address::equals).isPresent()) {
                purposes.add(purpose);
            }
        }
        return purposes;
    }

    /** Asks the printer now (a blocking network call: the worker's thread, not a screen's). */
    PrinterStatus refresh(URI address) {
        PrinterStatus now;
        try {
            now = ipp.printer(address);
        } catch (PrinterException e) {
            now = PrinterStatus.unreachable(e.getMessage());
        }
        PrinterStatus before;
        synchronized (this) {
            before = statuses.put(address, now);
            checked.put(address, clock.instant());
        }
        if (!now.equals(before)) {
            publisher.publishEvent(new PrinterStatusChanged(address.toString(), now, before != null && before.ready()));
        }
        return now;
    }

    synchronized boolean checkedWithin(URI address, Duration age) {
        Instant last = checked.get(address);
        return last != null && last.plus(age).isAfter(clock.instant());
    }

    /**
     * The print queues the server's CUPS offers ({@code pyykkinaru.printing.cups-url}), each with its IPP address
     * and state, for organisers choosing a stand's printers. A blocking network call of a few seconds at most.
     */
    public List<IppClient.Queue> queues() throws PrinterException {
        return ipp.queues(URI.create(settings.cupsUrl()));
    }

    /** A printer's status changed; {@code wasReady} tells a printer coming back from one going away. */
    public record PrinterStatusChanged(String address, PrinterStatus status, boolean wasReady) {
    }
}
