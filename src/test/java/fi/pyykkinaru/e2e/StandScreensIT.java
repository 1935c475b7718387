package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.Screen;
import fi.pyykkinaru.kiosk.Screens;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.Stands;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several stands on one server: a fresh screen shows its pairing code (and keeps it, by its cookie), turns into its
 * stand's wall the moment staff pair it, takes a renamed stand's name and lines live, and goes back to a code when
 * revoked. The stands are the sample event's for the length of the test only: other tests see the settings file's
 * stand.
 */
class StandScreensIT extends BrowserTest {

    @Autowired Stands stands;
    @Autowired Screens screens;

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterEach
    void usualAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void a_new_screen_shows_its_pairing_code_and_becomes_its_stands_wall_when_paired_without_a_reload() {
        Event sample = events.current().orElseThrow();
        Stand innotori = stands.save(stand(sample, "Innotori"));
        Stand kahvio = stands.save(stand(sample, "Kahvio"));
        try {
            Page screen = standScreen();
            screen.navigate("/");
            assertThat(screen.locator("#pairing-code")).hasText(java.util.regex.Pattern.compile("^[A-Z0-9]{6}$"));
            assertThat(screen.locator("#pairing-qr")).isVisible();
            String code = screen.locator("#pairing-code").textContent();
            screenshot(screen, "stand-screens-pairing");
            Cookie cookie = screenCookie(screen.context());
            assertThat(cookie.httpOnly).isTrue();
            assertThat(cookie.sameSite).hasToString("LAX");

            screen.reload();
            assertThat(screen.locator("#pairing-code")).hasText(code);

            screens.pair(code, kahvio.requireId(), "staff").orElseThrow();

            assertThat(screen.locator("#kiosk-stand")).hasText("Kahvio");
            assertThat(screen.locator("#wall")).isVisible();
            assertThat(screen.locator("#pairing-code")).hasCount(0);

            Stand saved = stands.find(kahvio.requireId()).orElseThrow();
            stands.save(new Stand(saved.id(), saved.eventId(), "Kahvio ja penkki", "supervoima,penkkikahvila",
                    saved.languages(), saved.idleTimeoutSeconds(), saved.attract(), saved.autoPrintBadges(),
                    saved.badgePrinter(), saved.receiptPrinter(), saved.a4Printer(), saved.version()));

            assertThat(screen.locator("#kiosk-stand")).hasText("Kahvio ja penkki");
            assertThat(screen.locator("#wall section.line")).hasCount(2);
            assertThat(screen.locator("#line-hyva-kaytanto")).hasCount(0);
            screenshot(screen, "stand-screens-paired");

            screens.revoke(screens.of(kahvio.requireId()).getFirst().requireId());

            assertThat(screen.locator("#pairing-code")).isVisible();
            assertThat(screen.locator("#pairing-code")).not().hasText(code);

            Page phone = phone();
            phone.navigate("/");
            assertThat(phone.locator("#pairing-code")).isVisible();
            screenshot(phone, "stand-screens-pairing-phone");
        } finally {
            for (Stand stand : List.of(innotori, kahvio)) {
                screens.of(stand.requireId()).stream().map(Screen::requireId).forEach(screens::revoke);
                stands.remove(stand.requireId());
            }
        }
    }

    /** The e2e stand's idle timeout is shorter than a stand of the set-up may have: these wait 15 s. */
    private static Stand stand(Event event, String name) {
        return new Stand(null, event.requireId(), name, "", "", 15, null, false, "", "", "", 0);
    }

    private static Cookie screenCookie(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("pyk-screen")).findFirst().orElseThrow();
    }
}
