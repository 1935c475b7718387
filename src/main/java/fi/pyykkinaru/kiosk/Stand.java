package fi.pyykkinaru.kiosk;

import fi.pyykkinaru.i18n.LocalizedText;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stand of an event ("Innotori", "Pyykkinaru at the main hall") and how its screens behave: the lines they show
 * (comma-separated codes; blank: all), their languages (the first is the default), idle timeout, the attract loop's
 * text, whether badges print at once, and its printers by purpose (IPP addresses of CUPS queues; blank: none).
 */
@Table("stand")
public record Stand(
        @Id @Nullable Long id,
        long eventId,
        String name,
        String lines,
        String languages,
        int idleTimeoutSeconds,
        @Embedded.Nullable(prefix = "attract_") @Nullable LocalizedText attract,
        boolean autoPrintBadges,
        String badgePrinter,
        String receiptPrinter,
        String a4Printer,
        @Version int version) {

    public static final int MAX_NAME = 80;

    public Stand {
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("A stand's name is 1-" + MAX_NAME + " characters");
        }
        if (idleTimeoutSeconds < 15 || idleTimeoutSeconds > 3600) {
            throw new IllegalArgumentException("A stand's idle timeout is 15-3600 seconds");
        }
        lines = String.join(",", split(lines));
        languages = String.join(",", split(languages));
        badgePrinter = badgePrinter.strip();
        receiptPrinter = receiptPrinter.strip();
        a4Printer = a4Printer.strip();
    }

    /** A new stand with the single-stand box's settings file as its defaults. */
    public static Stand create(long eventId, String name, StandSettings defaults) {
        return new Stand(null, eventId, name, String.join(",", defaults.lines()),
                String.join(",", defaults.languages()), (int) defaults.idleTimeout().toSeconds(), null,
                defaults.autoPrintBadges(), "", "", "", 0);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Stand " + name + " is not saved");
        }
        return id;
    }

    public List<String> lineCodes() {
        return split(lines);
    }

    public List<String> languageCodes() {
        return split(languages);
    }

    /**
     * The stand's printer for a purpose ({@code badge}, {@code receipt} or {@code a4}, as printing names them);
     * blank: none, jobs go to the settings file's printer.
     */
    public String printer(String purpose) {
        return switch (purpose.toLowerCase(java.util.Locale.ROOT)) {
            case "badge" -> badgePrinter;
            case "receipt" -> receiptPrinter;
            case "a4" -> a4Printer;
            default -> throw new IllegalArgumentException("No printer purpose " + purpose);
        };
    }

    public Duration idleTimeout() {
        return Duration.ofSeconds(idleTimeoutSeconds);
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
