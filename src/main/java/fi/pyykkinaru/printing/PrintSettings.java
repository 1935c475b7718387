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
 * {@code node} names this app node among those sharing one database (blank: the machine's host name): jobs
 * queued here are sent only by this node, to these printers, so it must stay the same across restarts.
 */
@ConfigurationProperties("pyykkinaru.printing")
public record PrintSettings(String badgePrinter, String receiptPrinter, String a4Printer, Duration retryMin,
        Duration retryMax, Duration poll, String cupsUrl, String node) {

    public PrintSettings {
        badgePrinter = strip(badgePrinter);
        receiptPrinter = strip(receiptPrinter);
        a4Printer = strip(a4Printer);
        retryMin = retryMin == null ? Duration.ofSeconds(2) : retryMin;
        retryMax = retryMax == null ? Duration.ofSeconds(30) : retryMax;
        poll = poll == null ? Duration.ofSeconds(1) : poll;
        cupsUrl = cupsUrl == null || cupsUrl.isBlank() ? "http://localhost:631" : cupsUrl.strip();
        node = node == null || node.isBlank() ? hostName() : node.strip();
        if (node.length() > 100) {
            throw new IllegalArgumentException("pyykkinaru.printing.node is longer than 100 characters: " + node);
        }
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

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            // Still one name for every start of this box; several nodes then need pyykkinaru.printing.node.
            return "pyykkinaru";
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
