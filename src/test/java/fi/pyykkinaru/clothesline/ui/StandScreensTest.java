package fi.pyykkinaru.clothesline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.OnScreen;
import fi.pyykkinaru.kiosk.Screen;
import fi.pyykkinaru.kiosk.Screens;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandOnScreen;
import fi.pyykkinaru.kiosk.StandSettings;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.kiosk.ThisStand;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Which stand a screen shows, on a server of its own without the sample event: nothing set up, an event that is
 * over, an event without stands, with one, with two (pairing), paired, revoked, and the launcher's {@code ?stand=}.
 * Each test's event starts later than the one before, so that it is the current event.
 */
@PyykkinaruTest
@TestPropertySource(properties = "pyykkinaru.sample-event.enabled=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandScreensTest extends SpringBrowserlessTest {

    private static int events;

    @Autowired Events eventService;
    @Autowired Lines lines;
    @Autowired Stands stands;
    @Autowired Screens screens;
    @Autowired StandSettings settings;
    @Autowired ThisStand stand;
    @Autowired Clock clock;

    @Test
    @Order(1)
    void with_no_event_at_all_the_screen_says_calmly_that_it_is_not_set_up_and_leads_staff_to_events() {
        assertThat(stand.onScreen()).isInstanceOf(OnScreen.NotSetUp.class);

        ScreenSetUpView view = shown("", ScreenSetUpView.class);

        assertThat(view.title.getText()).isEqualTo("Tätä osastoa ei ole vielä otettu käyttöön");
        assertThat(view.staffLink.getHref()).isEqualTo("staff/events");
        assertThat(view.code.isAttached()).isFalse();
        assertThat(shown("report", ScreenSetUpView.class)).isNotNull();
    }

    @Test
    @Order(2)
    void an_event_that_is_over_shows_its_wall_to_read_but_takes_no_new_slips() {
        LocalDate today = LocalDate.now(clock);
        Event past = eventService.create(Event.create("past", "Mennyt tapahtuma", today.minusDays(9), today.minusDays(8),
                null, Translations.LOCALES, ModerationPolicy.PUBLISH, List.of()));
        line(past, "hyva-kaytanto", LineKind.PRACTICE, true);

        WallView wall = shown("", WallView.class);

        assertThat(wall.ended.isVisible()).isTrue();
        assertThat(wall.ended.getText()).startsWith("Tapahtuma on päättynyt");
        assertThat(wall.startReport.isVisible()).isFalse();
        assertThat(wall.startRegister.isVisible()).isFalse();
        assertThat(wall.panels).singleElement().satisfies(p -> assertThat(p.add.isVisible()).isFalse());
        assertThat(shown("report/hyva-kaytanto", WallView.class)).isNotNull();
    }

    @Test
    @Order(3)
    void an_event_without_stands_is_shown_as_the_settings_file_stand() {
        Event event = nextEvent();
        line(event, "hyva-kaytanto", LineKind.PRACTICE, true);

        WallView wall = shown("", WallView.class);

        StandOnScreen shown = stand.current();
        assertThat(shown.standId()).isNull();
        assertThat(shown.name()).isEqualTo("Test stand").isEqualTo(settings.name());
        assertThat(shown.event().id()).isEqualTo(event.id());
        assertThat(standName()).isEqualTo("Test stand");
        assertThat(wall.ended.isVisible()).isFalse();
        assertThat(wall.startReport.isVisible()).isTrue();
    }

    @Test
    @Order(4)
    void an_event_with_one_stand_shows_that_stand_its_lines_and_its_attract_text_without_pairing() {
        Event event = nextEvent();
        line(event, "hyva-kaytanto", LineKind.PRACTICE, true);
        line(event, "supervoima", LineKind.ANSWER, true);
        line(event, "suljettu", LineKind.ANSWER, false);
        line(event, "katalogi", LineKind.CATALOGUE, true);
        Stand innotori = Stand.create(event.requireId(), "Innotori", settings);
        stands.save(new Stand(null, event.requireId(), "Innotori", "supervoima,suljettu,katalogi", "sv,fi", 60,
                new LocalizedText("Kerro supervoimasi!", "Berätta din superkraft!", "Tell your superpower!"), false,
                "", "", "", innotori.version()));

        WallView wall = shown("", WallView.class);

        assertThat(standName()).isEqualTo("Innotori");
        assertThat(stand.current().languages()).extracting(l -> l.getLanguage()).containsExactly("sv", "fi");
        assertThat(wall.panels).extracting(p -> p.line.code()).containsExactly("supervoima", "suljettu", "katalogi");
        // A closed line and a catalogue hang on the wall, without "+".
        assertThat(wall.panels).extracting(p -> p.add.isVisible()).containsExactly(true, false, false);
        assertThat(wall.attractTitle.getText()).isEqualTo("Berätta din superkraft!");
        WriteSlipView write = shown("report/suljettu", WriteSlipView.class);
        assertThat(write.chooser.getChildren().map(c -> c.getId().orElseThrow()))
                .as("only the open line is written on").containsExactly("report-line-supervoima");
    }

    @Test
    @Order(5)
    void with_two_stands_an_unpaired_screen_shows_its_pairing_code_until_staff_pair_it_and_again_once_revoked() {
        Event event = nextEvent();
        line(event, "hyva-kaytanto", LineKind.PRACTICE, true);
        stands.save(Stand.create(event.requireId(), "Innotori", settings));
        Stand kahvio = stands.save(Stand.create(event.requireId(), "Kahvio", settings));

        ScreenSetUpView pairing = shown("", ScreenSetUpView.class);

        String code = pairing.code.getText();
        assertThat(code).matches("[ACDEFGHJKMNPQRTUVWXY34679]{6}");
        assertThat(pairing.title.getText()).isEqualTo("Tämä näyttö odottaa, että se liitetään osastoon");
        assertThat(pairing.qr.getSrc()).startsWith("data:image/png;base64,");
        assertThat(pairing.staffLink.getHref()).isEqualTo("staff/stands?code=" + code);
        assertThat(shown("register", ScreenSetUpView.class).code.getText()).as("the same screen, the same code")
                .isEqualTo(code);

        Screen paired = screens.pair(code.toLowerCase(), kahvio.requireId(), "staff").orElseThrow();

        assertThat(shown("", WallView.class)).isNotNull();
        assertThat(standName()).isEqualTo("Kahvio");
        assertThat(stand.current().standId()).isEqualTo(kahvio.id());

        screens.revoke(paired.requireId());

        String newCode = shown("", ScreenSetUpView.class).code.getText();
        assertThat(newCode).isNotEqualTo(code).matches("[A-Z0-9]{6}");
    }

    @Test
    @Order(6)
    void the_launchers_stand_in_the_address_pairs_the_screen_at_once() {
        Event event = nextEvent();
        line(event, "hyva-kaytanto", LineKind.PRACTICE, true);
        stands.save(Stand.create(event.requireId(), "Innotori", settings));
        Stand hall = stands.save(Stand.create(event.requireId(), "Päähalli 2", settings));

        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("stand", "Päähalli 2", "kiosk", "1")));
        redrawn(WallView.class);

        assertThat(standName()).isEqualTo("Päähalli 2");
        assertThat(screens.of(hall.requireId())).singleElement().satisfies(s -> assertThat(s.pairedBy()).isEqualTo("launcher"));
        // Later visits without the parameter keep the pairing; an unknown stand changes nothing.
        UI.getCurrent().navigate("", QueryParameters.of("stand", "nosuchstand"));
        redrawn(WallView.class);
        assertThat(standName()).isEqualTo("Päähalli 2");
        screens.revoke(screens.of(hall.requireId()).getFirst().requireId());
        assertThat(shown("", ScreenSetUpView.class).code.getText()).hasSize(6);
    }

    /**
     * The view at this address, drawn now: a test's UI has drawn the wall once already when it began, and the
     * router keeps a view it shows (the kiosk redraws it the same way when a stand changes).
     */
    private <T> T shown(String location, Class<T> expected) {
        UI.getCurrent().navigate(location);
        return redrawn(expected);
    }

    private <T> T redrawn(Class<T> expected) {
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(getCurrentView()).isInstanceOf(expected);
        return expected.cast(getCurrentView());
    }

    private Event nextEvent() {
        events++;
        LocalDate start = LocalDate.now(clock).plusYears(1).plusDays(events);
        return eventService.create(Event.create("e-" + events, "Tapahtuma " + events, start, start.plusDays(1), null,
                Translations.LOCALES, ModerationPolicy.PUBLISH, List.of()));
    }

    private void line(Event event, String code, LineKind kind, boolean accepting) {
        LocalizedText prompt = switch (code) {
            case "supervoima", "suljettu" -> new LocalizedText("Mikä on supervoimasi?", "Vilken är din superkraft?",
                    "What is your superpower?");
            default -> new LocalizedText("Ilmianna hyvä käytäntö", "Ange en god praxis", "Report a good practice");
        };
        Line created = Line.create(event.requireId(), code, kind, prompt, lines.active(event.requireId()).size() + 1);
        lines.create(new Line(null, created.eventId(), code, kind, prompt, null, created.sortOrder(), true, accepting,
                false, 0));
    }

    private String standName() {
        return find(Span.class).id("kiosk-stand").getText();
    }
}
