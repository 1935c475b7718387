package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Tarvitsetko lisää aikaa?" (WCAG 2.2.1): a visitor typing slowly on the stand's on-screen keyboard is asked before
 * the idle reset, keeps the text with one tap or key, and without an answer the reset comes after the countdown.
 * A wall left alone resets without asking.
 */
class MoreTimeIT extends BrowserTest {

    // What the guard asked to be spoken, and whether the prompt ever took focus.
    private static final String LISTEN = """
            window.__spoken = [];
            document.addEventListener('pk-speak', e => window.__spoken.push(e.detail.text));
            document.addEventListener('focusin', e => { if (e.target.id === 'more-time') window.__asked = true; });
            """;

    private static LocatorAssertions.IsVisibleOptions within(double millis) {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(millis);
    }

    /** A stand's browser as its launcher opens it, with the on-screen keyboard. */
    private Page stand(int width, int height) {
        BrowserContext context = newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("fi-FI"));
        context.addInitScript(LISTEN);
        return context.newPage();
    }

    private static void type(Page page, String letters) {
        for (char letter : letters.toCharArray()) {
            page.locator(".pk-keyboard .hg-button[data-skbtn='" + letter + "']").click();
        }
    }

    private static int secondsShown(Page page) {
        return Integer.parseInt(page.locator(".pk-more-time-count").textContent().strip());
    }

    @Test
    void a_slow_writer_is_asked_keeps_the_text_with_one_tap_and_without_an_answer_the_reset_comes() {
        Page kiosk = stand(1920, 1080);
        kiosk.navigate("/report/hyva-kaytanto?kiosk");
        kiosk.locator("#slip-title input").click();
        assertThat(kiosk.locator("#on-screen-keyboard")).isVisible();
        type(kiosk, "hidas");
        assertThat(kiosk.locator("#slip-title input")).hasValue("hidas");

        Locator prompt = kiosk.locator("[role=alertdialog]");
        Locator more = kiosk.locator("#more-time");
        assertThat(more).isVisible(within((IDLE_SECONDS + 5) * 1000.0));
        assertThat(prompt).containsText("Tarvitsetko lisää aikaa?");
        assertThat(more).hasText("Kyllä, lisää aikaa");
        assertThat(more).isFocused();
        assertThat(kiosk.locator("#more-time-countdown")).containsText("sekunnin kuluttua");
        assertThat(kiosk.locator("#attract")).isHidden();
        // Over the keyboard, so the answering tap cannot type a letter.
        assertThat(kiosk.locator(".pk-more-time")).hasCSS("z-index", "100001");
        assertThat(secondsShown(kiosk)).isBetween(1, IDLE_WARNING_SECONDS);
        assertThat((List<?>) kiosk.evaluate("window.__spoken")).anySatisfy(spoken ->
                assertThat(spoken.toString()).contains("Tarvitsetko lisää aikaa?").contains("sekunnin kuluttua"));
        screenshot(kiosk, "more-time-1920x1080");

        more.click();
        assertThat(more).isHidden();
        assertThat(kiosk.locator("#slip-title input")).hasValue("hidas");
        assertThat(kiosk.locator("#slip-title input")).isFocused();
        // Typing goes on where it stopped, on the keyboard that came back with the focus.
        assertThat(kiosk.locator("#on-screen-keyboard")).isVisible();
        type(kiosk, "ta");
        assertThat(kiosk.locator("#slip-title input")).hasValue("hidasta");
        screenshot(kiosk, "more-time-answered-1920x1080");

        // Asked again after another idle spell; nobody answers this time, and the countdown runs down to the reset.
        assertThat(more).isVisible(within((IDLE_SECONDS + 5) * 1000.0));
        String first = kiosk.locator(".pk-more-time-count").textContent().strip();
        assertThat(kiosk.locator(".pk-more-time-count")).not().hasText(first);
        assertThat(kiosk.locator("#attract")).isVisible(within((IDLE_WARNING_SECONDS + 5) * 1000.0));
        assertThat(more).isHidden();
        kiosk.locator("#attract").click(new Locator.ClickOptions().setPosition(20, 20));
        kiosk.locator("#start-report").click();
        assertThat(kiosk.locator("#slip-title input")).hasValue("");
    }

    @Test
    void any_key_is_more_time_and_the_prompt_and_keys_speak_the_visitors_language() {
        Page kiosk = stand(1920, 1080);
        kiosk.navigate("/report/hyva-kaytanto?kiosk");
        kiosk.locator("#lang-sv").click();
        kiosk.locator("#slip-title input").click();
        Locator keyboard = kiosk.locator("#on-screen-keyboard");
        assertThat(keyboard).isVisible();
        assertThat(keyboard).hasAttribute("aria-label", "Tangentbord");
        assertThat(keyboard.locator("[data-skbtn='{bksp}']")).hasAttribute("aria-label", "Backsteg: radera föregående tecken");
        assertThat(keyboard.locator("[data-skbtn='{space}']")).hasText("Mellanslag");
        assertThat(keyboard.locator("[data-skbtn='{close}']")).hasAttribute("aria-label", "Dölj tangentbordet");
        assertThat(keyboard.locator("[data-skbtn='q']")).hasAttribute("role", "button");
        // Every key at least 48 px either way.
        for (Locator key : keyboard.locator(".hg-button").all()) {
            var box = key.boundingBox();
            assertThat(box.width).as(key.getAttribute("data-skbtn")).isGreaterThanOrEqualTo(48);
            assertThat(box.height).as(key.getAttribute("data-skbtn")).isGreaterThanOrEqualTo(48);
        }
        screenshot(kiosk, "keyboard-sv-1920x1080");
        type(kiosk, "mer");

        assertThat(kiosk.locator("#more-time")).isVisible(within((IDLE_SECONDS + 5) * 1000.0));
        assertThat(kiosk.locator("[role=alertdialog]")).containsText("Behöver du mer tid?");
        assertThat(kiosk.locator("#more-time")).hasText("Ja, mer tid");
        screenshot(kiosk, "more-time-sv-1920x1080");
        kiosk.keyboard().press("Enter");
        assertThat(kiosk.locator("#more-time")).isHidden();
        assertThat(kiosk.locator("#slip-title input")).hasValue("mer");
        assertThat(kiosk.locator("#slip-title input")).isFocused();
        assertThat(kiosk.locator("#attract")).isHidden();

        // The same in English, keys included, on a phone-sized screen too.
        kiosk.locator("#lang-en").click();
        kiosk.locator("#slip-title input").click();
        assertThat(keyboard.locator("[data-skbtn='{bksp}']")).hasAttribute("aria-label", "Backspace: delete the previous character");
        assertThat(keyboard.locator("[data-skbtn='{space}']")).hasText("Space");
        kiosk.setViewportSize(390, 844);
        assertThat(kiosk.locator("#more-time")).isVisible(within((IDLE_SECONDS + 5) * 1000.0));
        assertThat(kiosk.locator("[role=alertdialog]")).containsText("Do you need more time?");
        assertThat(kiosk.locator("#more-time")).hasText("Yes, more time");
        var box = kiosk.locator("#more-time").boundingBox();
        assertThat(box.height).isGreaterThanOrEqualTo(56);
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(390);
        screenshot(kiosk, "more-time-en-390x844");
        kiosk.locator("#more-time").click();
        assertThat(kiosk.locator("#more-time")).isHidden();
        assertThat(kiosk.locator("#slip-title input")).hasValue("mer");
    }

    @Test
    void the_wall_left_alone_resets_without_asking_but_an_open_slip_is_asked_about() {
        Page kiosk = stand(1920, 1080);
        kiosk.navigate("/");
        assertThat(kiosk.locator("#start-report")).isVisible(within(30_000));
        assertThat(kiosk.locator("#attract")).isVisible(within((IDLE_SECONDS + 5) * 1000.0));
        assertThat(kiosk.evaluate("window.__asked === true")).isEqualTo(false);

        // A visitor reading a slip on the wall has something to lose: the slip they opened.
        kiosk.locator("#attract").click(new Locator.ClickOptions().setPosition(20, 20));
        kiosk.locator(".slip").first().click();
        assertThat(kiosk.locator("#slip-detail")).isVisible();
        assertThat(kiosk.locator("#more-time")).isVisible(within((IDLE_SECONDS + 5) * 1000.0));
        screenshot(kiosk, "more-time-over-dialog-1920x1080");
        kiosk.locator("#more-time").click();
        assertThat(kiosk.locator("#more-time")).isHidden();
        assertThat(kiosk.locator("#slip-detail")).isVisible();
    }
}
