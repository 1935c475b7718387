package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.LocalizedText;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Is it already on the line?" on the sample event: a visitor typing an inflected name sees the slip already there and
 * adds a +1 instead of a second slip; a visitor writes the report of a catalogue entry; the wall's search finds a slip
 * by an inflected word. On the {@link OwnSample} application: the +1s, the catalogue line and the slip it adds stay
 * out of the other tests' sample.
 */
@OwnSample
class AlreadyHereIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Lines lines;
    @Autowired Catalogue catalogue;

    private static LocatorAssertions.IsVisibleOptions within(double millis) {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(millis);
    }

    // Each keystroke is a round trip and a search: on a busy 2-core box the last answer may take a while.
    private static final LocatorAssertions.ContainsTextOptions SEARCHED =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    private long slipId(String title) {
        return jdbc.queryForObject("select id from slip where title = ?", Long.class, title);
    }

    private long voices(long slipId) {
        return jdbc.queryForObject("select count(*) from slip_voice where slip_id = ?", Long.class, slipId);
    }

    @Test
    void an_inflected_name_shows_the_slip_already_there_and_the_visitor_adds_a_voice_instead_of_a_second_slip() {
        long walkingCafe = slipId("Kävelevä kahvila");
        long before = voices(walkingCafe);
        long slipsBefore = jdbc.queryForObject("select count(*) from slip", Long.class);
        Page kiosk = standScreen();
        kiosk.navigate("/");
        kiosk.locator("#start-report").click();

        kiosk.locator("#slip-title input").pressSequentially("kävelevässä kahvilas");

        Locator already = kiosk.locator("#slip-already-here");
        Locator item = already.locator(".already-item--slip[data-id='" + walkingCafe + "']");
        assertThat(item).containsText("Kävelevä kahvila", SEARCHED);
        assertThat(already).isVisible();
        assertThat(item.locator(".already-item-voices")).hasText("+" + before);
        screenshot(kiosk, "already-here-1920x1080");

        item.click();
        assertThat(kiosk.locator("#slip-plus-one")).isVisible();
        assertThat(kiosk.locator("#slip-link-entry")).isHidden();
        kiosk.locator("#slip-voice-comment textarea").fill("Meillä Nokialla samanlainen, joka torstai.");
        screenshot(kiosk, "already-here-voice-1920x1080");
        kiosk.locator("#slip-plus-one").click();

        assertThat(kiosk.locator("#slip-voice-thanks")).containsText(String.valueOf(before + 1));
        screenshot(kiosk, "already-here-thanks-1920x1080");
        assertThat(voices(walkingCafe)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from slip_voice where slip_id = ? and comment = ? "
                + "and status = 'PUBLISHED' and stand = '" + OwnSample.STAND + "'", Long.class, walkingCafe,
                "Meillä Nokialla samanlainen, joka torstai.")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from slip", Long.class)).as("no second slip")
                .isEqualTo(slipsBefore);

        // Back on the wall by itself, the slip the visitor stood behind is marked and counts the new voice.
        assertThat(kiosk.locator("#wall")).isVisible(within(12_000));
        Locator card = kiosk.locator(".slip[data-slip='" + walkingCafe + "']");
        assertThat(card.locator(".slip-voices")).hasText("+" + (before + 1));
        screenshot(kiosk, "already-here-wall-1920x1080");
        // As Enter on a focused slip does: the line may still be scrolling it into view, and a pointer waits for it.
        card.dispatchEvent("click");
        assertThat(kiosk.locator("#slip-detail-voices")).containsText(String.valueOf(before + 1));
        assertThat(kiosk.locator("#slip-detail-comments")).containsText("Meillä Nokialla samanlainen");
        screenshot(kiosk, "already-here-detail-1920x1080");
    }

    @Test
    void a_catalogue_entry_found_while_typing_becomes_what_the_report_is_of() {
        long eventId = events.current().orElseThrow().id();
        Line catalogueLine = lines.create(Line.create(eventId, "luettelo-e2e", LineKind.CATALOGUE,
                new LocalizedText("Käytäntöluettelosta", "Ur praxiskatalogen", "From the catalogue"), 9));
        CatalogueEntry entry = catalogue.save(CatalogueEntry.create(catalogueLine,
                "https://example.fi/kaytannot/lukupiiri-kirjastossa", "Lukupiiri kirjastossa",
                "Kirjasto kokoaa lukupiirin kerran kuussa.", "Kirjastopalvelut", Region.LAPPI, "osallisuus", null,
                Instant.now()));
        Page kiosk = standScreen();
        // From the wall, as a visitor comes: a slip form opened by its address is drawn again once the stand's
        // language is settled, and what a test typed at once would go with the first one.
        kiosk.navigate("/");
        kiosk.locator("#start-report").click();

        kiosk.locator("#slip-title input").pressSequentially("Bibliotekets läsecirkel, lukupiiri kirjastosa");
        screenshot(kiosk, "already-here-catalogue-typed-1920x1080");
        Locator item = kiosk.locator("#slip-already-here .already-item[data-kind='catalogue']");
        assertThat(item).containsText("Lukupiiri kirjastossa", SEARCHED);
        assertThat(item).containsText("Luettelossa");
        item.click();
        screenshot(kiosk, "already-here-catalogue-1920x1080");
        kiosk.locator("#slip-link-entry").click();

        assertThat(kiosk.locator("#slip-linked-entry")).containsText("Lukupiiri kirjastossa");
        kiosk.locator("#slip-body textarea").fill("Meillä lukupiiri on myös ruotsiksi.");
        kiosk.locator("#slip-own").click();
        screenshot(kiosk, "already-here-linked-1920x1080");
        kiosk.locator("#slip-preview").click();
        kiosk.locator("#slip-pin").click();
        assertThat(kiosk.locator("#slip-thanks")).isVisible();

        assertThat(jdbc.queryForObject("select catalogue_entry_id from slip where title = ?", Long.class,
                "Bibliotekets läsecirkel, lukupiiri kirjastosa")).isEqualTo(entry.requireId());
    }

    @Test
    void the_walls_search_finds_a_slip_by_an_inflected_word_and_opens_it() {
        long digitalSupport = slipId("Digituki kauppakeskuksen aulassa");
        Page wall = standScreen();
        wall.navigate("/");

        wall.locator("#line-search input").pressSequentially("digitukea kauppakeskuksessa");

        Locator results = wall.locator("#line-search-results");
        Locator found = results.locator(".wall-search-item--slip[data-id='" + digitalSupport + "']");
        assertThat(found).containsText("Digituki kauppakeskuksen aulassa", SEARCHED);
        assertThat(results).isVisible();
        assertThat(found.locator(".already-item-voices")).hasText("+" + voices(digitalSupport));
        screenshot(wall, "line-search-1920x1080");

        found.click();
        assertThat(wall.locator("#slip-detail")).containsText("Digitukihenkilö päivystää");
        assertThat(wall.locator("#slip-detail-comments")).containsText("Sama meillä kirjastossa");
        screenshot(wall, "line-search-opened-1920x1080");

        wall.locator("#slip-dialog-close").click();
        wall.locator("#line-search input").fill("xyzzyq");
        assertThat(results).containsText("Naruilta ei löytynyt mitään.", SEARCHED);
    }

    @Test
    void on_a_phone_the_same_form_offers_the_slip_already_there() {
        long languageCafe = slipId("Språkcafé för nyanlända föräldrar");
        long before = voices(languageCafe);
        Page phone = phone();
        phone.navigate("/");
        phone.locator("#start-report").click();

        phone.locator("#slip-title input").pressSequentially("språkcaféet för föräldrarna");
        screenshot(phone, "already-here-typed-390x844");
        Locator item = phone.locator("#slip-already-here .already-item--slip[data-id='" + languageCafe + "']");
        assertThat(item).containsText("Språkcafé", SEARCHED);
        screenshot(phone, "already-here-390x844");
        item.click();
        phone.locator("#slip-plus-one").click();

        assertThat(phone.locator("#slip-voice-thanks")).isVisible();
        screenshot(phone, "already-here-thanks-390x844");
        assertThat(voices(languageCafe)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from slip_voice where slip_id = ? and comment is null",
                Long.class, languageCafe)).isGreaterThanOrEqualTo(1);
    }
}
