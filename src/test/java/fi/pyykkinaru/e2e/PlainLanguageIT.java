package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Selkosuomi at the stand: one tap on {@code #lang-plain-fi} next to the languages, the wall and the report form
 * in easy Finnish (still {@code lang="fi"}), and the next visitor finds standard Finnish after the idle reset.
 */
class PlainLanguageIT extends BrowserTest {

    // The idle time, and a prompt for more time before the reset where the stand asks one, with a busy box's margin.
    private static final LocatorAssertions.IsVisibleOptions AFTER_IDLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout((IDLE_SECONDS + 40) * 1000.0);

    @ParameterizedTest
    @ValueSource(strings = {"1920x1080", "390x844"})
    void selkosuomi_rewrites_the_wall_and_the_report_form_and_ends_with_the_visit(String size) {
        Page page = size.equals("1920x1080") ? standScreen() : phone();
        // A fresh server on a busy box may draw its first screen slowly; what is measured here comes after it.
        page.navigate("/", new Page.NavigateOptions().setTimeout(60_000));
        Locator plain = page.locator("#lang-plain-fi");
        plain.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(plain).hasText("Selkosuomi");
        assertThat(plain).hasAttribute("lang", "fi");
        BoundingBox box = plain.boundingBox();
        assertThat(box.height).isGreaterThanOrEqualTo(48);
        assertThat(box.x + box.width).as("within the screen").isLessThanOrEqualTo(page.viewportSize().width);
        assertThat(page.locator("#scan-session")).containsText("Anna palautetta sessiosta");

        plain.click();

        assertThat(plain).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#lang-fi")).hasAttribute("aria-pressed", "false");
        assertThat(page.locator("#scan-session")).containsText("Anna palautetta tilaisuudesta");
        assertThat(page.locator("#start-register")).containsText("Ilmoittaudu. Saat nimikortin.");
        assertThat(page.locator("html")).hasAttribute("lang", "fi");
        screenshot(page, "plain-fi-wall-" + size);

        // A tap, not a new page load: the stand counts it as activity, so a slow box cannot reach the idle reset here.
        page.locator("#start-report").click();
        Locator body = page.locator("#slip-body");
        body.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(body.locator("label")).hasText("Kerro, mikä se on. Miksi se on hyvä?");
        assertThat(page.locator("#lang-plain-fi")).hasAttribute("aria-pressed", "true");
        page.locator("#slip-title input").fill("Selkokielinen lappu");
        screenshot(page, "plain-fi-report-" + size);

        // The visitor walks away: the next one gets standard Finnish and an empty form.
        assertThat(page.locator("#attract")).isVisible(AFTER_IDLE);
        assertThat(page.locator("#lang-fi")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#lang-plain-fi")).hasAttribute("aria-pressed", "false");
        assertThat(page.locator("#scan-session")).containsText("Anna palautetta sessiosta");
    }
}
