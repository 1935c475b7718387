package fi.pyykkinaru.printing;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The stand's CUPS queues by IPP address, one per purpose (blank: none), and how patiently the queue retries.
 * {@code retryMin} doubles per failed try up to {@code retryMax}; {@code poll} is how often printers and
 * sent jobs are looked at. {@code cupsUrl} is the CUPS server whose queues organisers choose stands' printers from.
 * These printers are the defaults: a stand with a printer of its own for a purpose prints there.
 */
@ConfigurationProperties("pyykkinaru.printing")
public record PrintSettings(String badgePrinter, String receiptPrinter, String a4Printer, Duration retryMin,
        Duration retryMax, Duration poll, String cupsUrl) {

    public PrintSettings {
        badgePrinter = strip(badgePrinter);
        receiptPrinter = strip(receiptPrinter);
        a4Printer = strip(a4Printer);
        retryMin = retryMin == null ? Duration.ofSeconds(2) : retryMin;
        retryMax = retryMax == null ? Duration.ofSeconds(30) : retryMax;
        poll = poll == null ? Duration.ofSeconds(1) : poll;
        cupsUrl = cupsUrl == null || cupsUrl.isBlank() ? "http://localhost:631" : cupsUrl.strip();
        for (String address : new String[] {badgePrinter, receiptPrinter, a4Printer}) {
            if (!address.isEmpty()) {
                IppClient.httpAddress(URI.create(address));
            }
        }
    }

    public Optional<URI> printer(PrinterPurpose purpose) {
        String address = switch (purpose) {
            case BADGE -> badgePrinter;
            case RECEIPT -> receiptPrinter;
            case A4 -> a4Printer;
        };
        return address.isEmpty() ? Optional.empty() : Optional.of(URI.create(address));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
