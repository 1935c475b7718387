package fi.pyykkinaru.kiosk;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.i18n.Translations;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Which stand this screen (this browser) shows. A screen is known by a secret in its cookie. Paired by staff (or by
 * the launcher's {@code ?stand=}), it shows its stand; unpaired, it shows the current event's only stand, or the stand
 * of the settings file when the event has none (a single-stand box needs no pairing), or its pairing code when the
 * event has several. With no event at all it is "not set up yet". Read afresh on every call, so that a pairing or a
 * changed stand is seen at once; so is a network's takeover slot running on the stand, with its own line.
 */
@Service
public class ThisStand {

    private static final Logger log = LoggerFactory.getLogger(ThisStand.class);
    /** The screen's cookie: its secret, of which the server keeps only a hash. */
    public static final String COOKIE = "pyk-screen";
    /** Browsers keep a cookie at most 400 days; a stand screen is set up again sooner than that. */
    static final Duration COOKIE_AGE = Duration.ofDays(400);
    private static final String TOKEN = "pyykkinaru.screen-token";
    private static final String SCREEN = "pyykkinaru.screen-id";

    private final StandSettings settings;
    private final Events events;
    private final Stands stands;
    private final Screens screens;
    private final StandSlots slots;
    private final Clock clock;

    ThisStand(StandSettings settings, Events events, Stands stands, Screens screens, StandSlots slots, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.stands = stands;
        this.screens = screens;
        this.slots = slots;
        this.clock = clock;
    }

    /** What this screen shows now. */
    public OnScreen onScreen() {
        Optional<Long> pairedWith = screen().map(Screen::standId);
        if (pairedWith.isPresent()) {
            // A stand removed (or its event) since the pairing: the screen falls back as if unpaired.
            Optional<StandOnScreen> paired = stands.find(pairedWith.get()).flatMap(
                    stand -> events.find(stand.eventId()).map(event -> shown(stand, event)));
            if (paired.isPresent()) {
                return paired.get();
            }
        }
        Optional<Event> event = unpairedEvent();
        if (event.isEmpty()) {
            return new OnScreen.NotSetUp();
        }
        List<Stand> ofEvent = stands.of(event.get().requireId());
        return switch (ofEvent.size()) {
            case 0 -> fromSettings(event.get());
            case 1 -> shown(ofEvent.getFirst(), event.get());
            default -> new OnScreen.Pairing(event.get().name());
        };
    }

    /**
     * The stand this screen shows. Only for views that the kiosk's guard lets in ({@link NeedsStand}): it sends a
     * screen without a stand to its set-up page before such a view is made.
     */
    public StandOnScreen current() {
        if (onScreen() instanceof StandOnScreen shown) {
            return shown;
        }
        throw new IllegalStateException("This screen shows no stand; a view that needs one implements NeedsStand");
    }

    /** The event of the stand this screen shows, else the one a screen without a stand would show; none: no event. */
    public Optional<Event> findEvent() {
        return onScreen() instanceof StandOnScreen shown ? Optional.of(shown.event()) : unpairedEvent();
    }

    /** The event staff work on here. Only where an event exists: staff are led to set one up first. */
    public Event event() {
        return findEvent().orElseThrow(() -> new IllegalStateException("There is no event yet"));
    }

    /** This screen's pairing code, for staff to type; the screen is recorded now if it was not yet. */
    public String pairingCode() {
        Screen screen = screens.recognise(token(), language());
        remember(screen);
        return screen.pairingCode();
    }

    /**
     * The launcher's unattended start-up ({@code ?stand=<id or exact name>}): this screen is paired with that stand.
     * A stand that does not exist is ignored, and the screen shows what it would without it.
     */
    public void pairFromLauncher(String wanted) {
        Optional<Stand> stand = named(wanted.strip());
        if (stand.isEmpty()) {
            log.warn("The launcher asked for stand '{}', which does not exist", wanted);
            return;
        }
        Screen screen = screens.recognise(token(), language());
        remember(screen);
        if (!Objects.equals(screen.standId(), stand.get().id())) {
            screens.pairDirectly(screen, stand.get().requireId(), "launcher");
        }
    }

    /**
     * The screen's cookie, set on the first answer a browser gets (the first page is drawn during that request);
     * a browser that sends one is the screen it names.
     */
    static void greet(VaadinSession session, @Nullable VaadinRequest request, @Nullable VaadinResponse response) {
        if (session.getAttribute(TOKEN) != null) {
            return;
        }
        Optional<String> sent = request == null || request.getCookies() == null ? Optional.empty()
                : Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                        .filter(v -> v.matches("[0-9a-f]{16,128}")).findFirst();
        String token = sent.orElseGet(Screens::newToken);
        if (sent.isEmpty() && response != null) {
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setMaxAge((int) COOKIE_AGE.toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        session.setAttribute(TOKEN, token);
    }

    private Optional<Screen> screen() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Object token = session.getAttribute(TOKEN);
        if (token == null) {
            return Optional.empty();
        }
        Optional<Screen> screen = screens.known((String) token, language());
        screen.ifPresent(this::remember);
        return screen;
    }

    private void remember(Screen screen) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SCREEN, screen.requireId());
        }
    }

    private String token() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("A screen is known only within its browser's session");
        }
        greet(session, VaadinRequest.getCurrent(), VaadinResponse.getCurrent());
        return (String) Objects.requireNonNull(session.getAttribute(TOKEN));
    }

    private static @Nullable String language() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getLocale() == null ? null : session.getLocale().getLanguage();
    }

    /** The settings file's event, else the event running today (or the latest); a slug that is gone is no error. */
    private Optional<Event> unpairedEvent() {
        return (settings.event().isEmpty() ? Optional.<Event>empty() : events.bySlug(settings.event()))
                .or(events::current);
    }

    private Optional<Stand> named(String wanted) {
        if (wanted.matches("\\d{1,18}")) {
            Optional<Stand> byId = stands.find(Long.parseLong(wanted));
            if (byId.isPresent()) {
                return byId;
            }
        }
        // The current event's stand first: a copied event has stands of the same names.
        return java.util.stream.Stream.concat(events.current().stream(), events.all().stream())
                .flatMap(event -> stands.of(event.requireId()).stream())
                .filter(stand -> stand.name().equals(wanted)).findFirst();
    }

    private StandOnScreen shown(Stand stand, Event event) {
        Instant now = clock.instant();
        List<StandSlot> ofStand = slots.ofStand(stand.requireId());
        Optional<StandSlot> running = ofStand.stream().filter(slot -> slot.runsAt(now)).findFirst();
        // A network without a line of its own takes the stand over with the stand's usual lines.
        List<String> lines = running.map(StandSlot::lineCode).map(List::of).orElse(stand.lineCodes());
        Instant nextChange = ofStand.stream().flatMap(slot -> Stream.of(slot.startsAt(), slot.endsAt()))
                .filter(at -> at.isAfter(now)).min(Comparator.naturalOrder()).orElse(null);
        return new StandOnScreen(stand.id(), stand.name(), event, languages(stand.languageCodes(), event),
                lines, stand.idleTimeout(), stand.attract(), stand.autoPrintBadges(), stand.badgePrinter(),
                stand.receiptPrinter(), stand.a4Printer(), ended(event),
                running.map(StandSlot::networkName).orElse(null), nextChange);
    }

    private StandOnScreen fromSettings(Event event) {
        return new StandOnScreen(null, settings.name(), event, languages(settings.languages(), event), settings.lines(),
                settings.idleTimeout(), null, settings.autoPrintBadges(), "", "", "", ended(event), null, null);
    }

    /** Judged in the event's own time zone: its last day ends at midnight where it is held. */
    private boolean ended(Event event) {
        return event.endsOn().isBefore(LocalDate.now(clock.withZone(java.time.ZoneId.of(event.timeZone()))));
    }

    /** The stand's languages that the event has, in the stand's order; Finnish when they share none. */
    private static List<Locale> languages(List<String> codes, Event event) {
        List<Locale> offered = event.locales();
        List<Locale> chosen = codes.isEmpty() ? offered
                : codes.stream().map(Locale::of).map(Translations::supported).distinct()
                        .filter(offered::contains).toList();
        return chosen.isEmpty() ? List.of(Translations.FINNISH) : chosen;
    }

    /**
     * The IPP address of this screen's stand's printer for a purpose ({@code badge}, {@code receipt}, {@code a4});
     * empty: the stand has none of its own, and printing uses the settings file's.
     */
    public Optional<String> printer(String purpose) {
        if (!(onScreen() instanceof StandOnScreen shown)) {
            return Optional.empty();
        }
        String address = switch (purpose) {
            case "badge" -> shown.badgePrinter();
            case "receipt" -> shown.receiptPrinter();
            case "a4" -> shown.a4Printer();
            default -> throw new IllegalArgumentException("No printer purpose " + purpose);
        };
        return address.isBlank() ? Optional.empty() : Optional.of(address);
    }
}
