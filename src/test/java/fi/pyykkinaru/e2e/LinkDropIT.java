package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The venue Wi-Fi drops between a stand screen and the server (a relay on loopback that cuts every connection):
 * the screen says it is reconnecting, keeps what the visitor typed past the idle time, and the slip is pegged
 * exactly once when the link returns, even when the peg button was tapped twice meanwhile.
 */
class LinkDropIT extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void a_dropped_link_keeps_the_typing_and_pegs_the_slip_once_when_it_returns() throws Exception {
        try (LinkProxy link = new LinkProxy(port)) {
            Page kiosk = standScreen();
            kiosk.navigate("http://localhost:" + link.port() + "/");
            kiosk.locator("#start-report").click();
            kiosk.locator("#slip-other").click();
            assertThat(kiosk.locator("#slip-other-notice")).isVisible();
            String title = "Katkon kestävä käytäntö " + System.nanoTime() % 100_000;

            link.cut();
            kiosk.locator("#slip-title input").fill(title);
            kiosk.locator("#slip-body textarea").fill("Kirjoitettu, kun verkko oli poikki.");
            kiosk.locator("#slip-organisation input").fill("Verkkoyhdistys ry");
            kiosk.locator("#slip-preview").click();
            Locator indicator = kiosk.locator("vaadin-connection-indicator");
            assertThat(indicator).hasAttribute("reconnecting", "", new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
            assertThat(indicator).containsText("yhdistetään uudelleen");
            screenshot(kiosk, "link-dropped-1920x1080");
            // Longer than the stand's idle time and its more-time countdown: a reset now would throw the visitor's
            // text away.
            kiosk.waitForTimeout((IDLE_SECONDS + IDLE_WARNING_SECONDS + 2) * 1000);
            assertThat(kiosk.locator("#slip-title input")).hasValue(title);
            assertThat(kiosk.locator("#attract")).isHidden();
            // Nor is the visitor asked for more time: without the link no reset would come.
            assertThat(kiosk.locator("#more-time")).isHidden();
            assertThat(stored(title)).isZero();

            link.restore();
            assertThat(kiosk.locator("#slip-pin")).isVisible(within(20_000));
            assertThat(indicator).not().hasAttribute("reconnecting", "", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));

            link.cut();
            kiosk.locator("#slip-pin").click(new Locator.ClickOptions().setClickCount(2));
            assertThat(indicator).hasAttribute("reconnecting", "", new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
            kiosk.waitForTimeout(2_000);
            assertThat(stored(title)).isZero();

            link.restore();
            assertThat(kiosk.locator("#slip-thanks")).isVisible(within(20_000));
            assertThat(stored(title)).isEqualTo(1);
            assertThat(indicator).not().hasAttribute("reconnecting", "");
            screenshot(kiosk, "link-back-1920x1080");
            // Nothing is left looking busy: the next screens load as usual.
            assertThat(kiosk.locator("#wall")).isVisible(within(15_000));
            assertThat(indicator).not().hasAttribute("loading", "");
        }
    }

    private int stored(String title) {
        return jdbc.sql("select count(*) from slip where title = ?").param(title).query(Integer.class).single();
    }

    private static LocatorAssertions.IsVisibleOptions within(double millis) {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(millis);
    }
}
