package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import fi.pyykkinaru.kiosk.Screen;
import fi.pyykkinaru.kiosk.Screens;
import fi.pyykkinaru.kiosk.Stands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An organiser at /staff/stands on the stand's big screen adds a stand, and on a phone pairs a screen by the code
 * that the screen's QR code brought along; a purpose with no printer reads as a warning, in words.
 */
class StandsIT extends BrowserTest {

    @Autowired Screens screens;
    @Autowired Stands stands;

    @Test
    void an_organiser_adds_a_stand_and_pairs_a_screen_from_a_phone() {
        try {
            addsAStandAndPairsAScreen();
        } finally {
            // The other tests share this server and its sample event, whose screens show the settings file's stand
            // only while the event has no stand of its own.
            stands.of(events.current().orElseThrow().requireId()).stream().filter(s -> s.name().equals("Innotori"))
                    .forEach(stand -> {
                        screens.of(stand.requireId()).forEach(screen -> screens.revoke(screen.requireId()));
                        stands.remove(stand.requireId());
                    });
        }
    }

    private void addsAStandAndPairsAScreen() {
        Page page = standScreen();
        logIn(page, "/staff/stands");
        // The first page after a start loads the whole frontend: more than the usual few seconds.
        assertThat(page.locator("#stands")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(60_000));
        page.locator("#stand-new").click();
        page.locator("#stand-name input").fill("Innotori");
        page.locator("#stand-save").click();
        assertThat(page.locator("#stands-message")).containsText("Innotori");
        assertThat(page.locator("#stand-printer-receipt-state")).containsText("⚠");
        screenshot(page, "stands-1920");

        Screen screen = screens.recognise(Screens.newToken(), "fi");
        Page phone = phone();
        logIn(phone, "/staff/stands");
        // What the screen's QR code opens.
        phone.navigate("/staff/stands?code=" + screen.pairingCode().toLowerCase());
        assertThat(phone.locator("#pair-code input")).hasValue(screen.pairingCode());
        screenshot(phone, "stands-phone");
        phone.locator("#pair-submit").click();
        assertThat(phone.locator("#pair-message")).containsText(screen.pairingCode());
        screenshot(phone, "stands-phone-paired");

        long innotori = stands.of(events.current().orElseThrow().requireId()).stream()
                .filter(s -> s.name().equals("Innotori")).findFirst().orElseThrow().requireId();
        assertThat(screens.of(innotori)).extracting(Screen::id).containsExactly(screen.id());
    }
}
