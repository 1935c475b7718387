package fi.pyykkinaru.kiosk;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The stand a screen shows, as it was when asked: a snapshot a view keeps while it is drawn. {@code standId} is
 * null for the stand made from the settings file (an event without stands of its own); {@code lineCodes} empty:
 * all the event's lines; {@code ended}: the event's last day is past, so its wall is read-only. While a network has
 * taken the stand over ({@code takenOverBy}, its name), {@code lineCodes} are the slot's own line; {@code nextChange}
 * is when a takeover slot of the stand next starts or ends, for the screen to redraw itself then.
 */
public record StandOnScreen(
        @Nullable Long standId,
        String name,
        Event event,
        List<Locale> languages,
        List<String> lineCodes,
        Duration idleTimeout,
        @Nullable LocalizedText attract,
        boolean autoPrintBadges,
        String badgePrinter,
        String receiptPrinter,
        String a4Printer,
        boolean ended,
        @Nullable String takenOverBy,
        @Nullable Instant nextChange) implements OnScreen {

    public StandOnScreen {
        languages = List.copyOf(languages);
        lineCodes = List.copyOf(lineCodes);
    }

    public Locale defaultLanguage() {
        return languages.getFirst();
    }
}
