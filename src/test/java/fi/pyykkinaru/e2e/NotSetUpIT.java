package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A fresh server without the sample event: every visitor address is a calm "not set up yet", never an error page. */
@TestPropertySource(properties = "pyykkinaru.sample-event.enabled=false")
class NotSetUpIT extends BrowserTest {

    /** A fresh phone loads the whole Vaadin bundle; on a busy 2-core box that alone can take longer than 5 s. */
    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterEach
    void usualAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void with_no_event_the_stand_says_it_is_not_set_up_and_shows_staff_the_way_to_events() {
        Page screen = standScreen();
        for (String path : new String[] {"/", "/report", "/register", "/programme", "/scan"}) {
            Response response = screen.navigate(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(screen.locator("#screen-set-up h1")).hasText("Tätä osastoa ei ole vielä otettu käyttöön");
            assertThat(screen.locator("#setup-staff")).hasAttribute("href", "staff/events");
        }
        screenshot(screen, "not-set-up");

        Page phone = phone();
        phone.navigate("/");
        assertThat(phone.locator("#screen-set-up h1")).isVisible();
        screenshot(phone, "not-set-up-phone");
    }
}
