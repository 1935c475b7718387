package fi.pyykkinaru.printing;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The stand's printers and what each was doing when last asked. */
@Service
public class Printers {

    private final PrintSettings settings;
    private final IppClient ipp;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Map<PrinterPurpose, PrinterStatus> statuses = new EnumMap<>(PrinterPurpose.class);
    private final Map<PrinterPurpose, Instant> checked = new EnumMap<>(PrinterPurpose.class);

    Printers(PrintSettings settings, IppClient ipp, ApplicationEventPublisher publisher, Clock clock) {
        this.settings = settings;
        this.ipp = ipp;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Optional<URI> address(PrinterPurpose purpose) {
        return settings.printer(purpose);
    }

    /** The last known status; {@link PrinterStatus#configured()} is false for a purpose without a printer. */
    public synchronized PrinterStatus status(PrinterPurpose purpose) {
        if (settings.printer(purpose).isEmpty()) {
            return PrinterStatus.notConfigured();
        }
        return statuses.getOrDefault(purpose, PrinterStatus.unreachable(""));
    }

    /** Asks the printer now (a blocking network call: the worker's thread, not a screen's). */
    PrinterStatus refresh(PrinterPurpose purpose) {
        PrinterStatus now = settings.printer(purpose).map(address -> {
            try {
                return ipp.printer(address);
            } catch (PrinterException e) {
                return PrinterStatus.unreachable(e.getMessage());
            }
        }).orElseGet(PrinterStatus::notConfigured);
        PrinterStatus before;
        synchronized (this) {
            before = statuses.put(purpose, now);
            checked.put(purpose, clock.instant());
        }
        if (!now.equals(before)) {
            publisher.publishEvent(new PrinterStatusChanged(purpose, now, before != null && before.ready()));
        }
        return now;
    }

    synchronized boolean checkedWithin(PrinterPurpose purpose, java.time.Duration age) {
        Instant last = checked.get(purpose);
        return last != null && last.plus(age).isAfter(clock.instant());
    }

    /** A printer's status changed; {@code wasReady} tells a printer coming back from one going away. */
    public record PrinterStatusChanged(PrinterPurpose purpose, PrinterStatus status, boolean wasReady) {
    }
}
