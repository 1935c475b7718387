package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The organisers' events page in a real browser, at the stand's 1920×1080 and on a 390×844 phone: the contract's
 * test ids are there, every button is a touch target, and nothing runs off the side of the screen.
 */
class EventsIT extends BrowserTest {

    @Test
    void the_events_page_fits_the_stand_screen() {
        walk(standScreen(), "1920x1080");
    }

    @Test
    void the_events_page_fits_a_phone() {
        walk(phone(), "phone");
    }

    private void walk(Page page, String size) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        logIn(page, "/staff/events");
        assertThat(page.locator("#events")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(30_000));
        for (String id : List.of("event-new", "event-copy", "event-name-fi", "event-slug", "event-starts", "event-ends",
                "event-save", "sample-remove", "sample-banner")) {
            assertThat(page.locator("#" + id)).isVisible();
        }
        screenshot(page, "events-" + size);
        for (String id : List.of("event-new", "event-copy", "event-save", "sample-remove", "theme-add", "event-archive")) {
            assertThat(page.locator("#" + id).boundingBox().height).as(id + " is a touch target").isGreaterThanOrEqualTo(48);
        }
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("nothing runs off the side").isTrue();
        page.locator("#event-form").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("events-form-" + size + ".png")));
        assertThat(errors).as("no errors in the browser").isEmpty();
    }
}
