package fi.pyykkinaru.kiosk;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.i18n.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** This stand: its name, the event it shows, its languages and lines, from {@link StandSettings}. */
@Service
public class ThisStand {

    private final StandSettings settings;
    private final Events events;
    private final Stands stands;

    ThisStand(StandSettings settings, Events events, Stands stands) {
        this.settings = settings;
        this.events = events;
        this.stands = stands;
    }

    public String name() {
        return settings.name();
    }

    public StandSettings settings() {
        return settings;
    }

    public Event event() {
        if (!settings.event().isEmpty()) {
            return events.bySlug(settings.event()).orElseThrow(() -> new IllegalStateException(
                    "The stand settings name event '" + settings.event() + "', which does not exist"));
        }
        return events.current().orElseThrow(() -> new IllegalStateException("There is no event to show"));
    }

    /** The stand's languages that the event has, in the stand's order; Finnish when they share none. */
    public List<Locale> languages(Event event) {
        List<Locale> offered = event.locales();
        List<Locale> chosen = settings.languages().isEmpty() ? offered
                : settings.languages().stream().map(Locale::of).map(Translations::supported).distinct()
                        .filter(offered::contains).toList();
        return chosen.isEmpty() ? List.of(Translations.FINNISH) : chosen;
    }

    public List<String> lineCodes() {
        return settings.lines();
    }

    /**
     * The IPP address of this stand's printer for a purpose ({@code badge}, {@code receipt}, {@code a4}); empty:
     * none of its own, and printing uses the settings file's. Until screens know their stand, "this stand" is the
     * event's stand named as in the settings file.
     */
    public Optional<String> printer(String purpose) {
        Optional<Event> event = settings.event().isEmpty() ? events.current() : events.bySlug(settings.event());
        return event.flatMap(e -> stands.of(e.requireId()).stream().filter(s -> s.name().equals(settings.name())).findFirst())
                .map(s -> s.printer(purpose)).filter(address -> !address.isBlank());
    }
}
