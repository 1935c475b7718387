package fi.pyykkinaru.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.ModerationPolicy;
import org.junit.jupiter.api.Test;

/**
 * The organisers' lines editor and set-up file in a real browser, on the stand's 1920×1080 and a 390×844 phone: a
 * line is added through the form, every target is at least 48 px, nothing runs off the side.
 */
class LinesIT extends BrowserTest {

    @Test
    void an_organiser_adds_a_line_on_a_stand_screen() {
        addsALine(standScreen(), "1920x1080");
    }

    @Test
    void an_organiser_adds_a_line_on_a_phone() {
        addsALine(phone(), "phone");
    }

    private void addsALine(Page organiser, String size) {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        logIn(organiser, "/staff/events");
        organiser.locator("#event-item-" + event.slug()).click();
        organiser.locator("#line-new").click();
        organiser.locator("#line-kind").click();
        organiser.locator("vaadin-select-item[role=option]", new Page.LocatorOptions().setHasText("Kysymysnaru")).click();
        organiser.locator("#line-prompt-fi input").fill("Mikä on supervoimasi?");
        organiser.locator("#line-prompt-en input").fill("What is your superpower?");
        organiser.locator("#line-help-fi textarea").fill("Yksi lause riittää.");
        organiser.locator("#line-prompt-sv input").click();
        // The code follows the Finnish prompt once the typing pauses and the server has answered.
        PlaywrightAssertions.assertThat(organiser.locator("#line-code input")).hasValue("mika-on-supervoimasi");
        screenshot(organiser, "setup-line-form-" + size);
        organiser.locator("#line-save").click();

        Locator row = organiser.locator("#line-row-mika-on-supervoimasi");
        row.waitFor();
        assertThat(row.textContent()).contains("Kysymysnaru", "Mikä on supervoimasi?", "Avoinna");
        organiser.locator("#line-toggle-mika-on-supervoimasi").click();
        organiser.locator("#line-toggle-mika-on-supervoimasi:has-text('Avaa')").waitFor();
        screenshot(organiser, "setup-lines-" + size);

        for (String id : new String[] {"line-new", "line-edit-mika-on-supervoimasi", "line-up-mika-on-supervoimasi",
                "line-toggle-mika-on-supervoimasi", "line-remove-mika-on-supervoimasi", "event-export"}) {
            var box = organiser.locator("#" + id).boundingBox();
            assertThat(box.height).as(id + " is touch-sized").isGreaterThanOrEqualTo(48);
            assertThat(box.x + box.width).as(id + " stays on the screen").isLessThanOrEqualTo(
                    organiser.viewportSize().width + 0.5);
        }
        Object sideways = organiser.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertThat(sideways).as("no sideways scrolling").isEqualTo(false);
        organiser.locator("#event-import").scrollIntoViewIfNeeded();
        screenshot(organiser, "setup-transfer-" + size);
    }
}
