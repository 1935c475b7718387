package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.printing.PdfChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The organisers' harvest in a real browser: a visitor and a staff member cannot reach it; an organiser sees the
 * sample day's harvest, downloads the CSV and the day summary.
 */
class HarvestIT extends BrowserTest {

    private static final String STAFF_PASSWORD = "staff-e2e-password";

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    @Test
    void a_visitor_is_sent_to_the_login_and_never_sees_the_harvest() {
        Page kiosk = standScreen();
        kiosk.navigate("/harvest");

        assertThat(kiosk.locator("vaadin-login-form")).isVisible();
        assertThat(kiosk.locator("#harvest-view")).hasCount(0);
    }

    @Test
    void staff_who_are_not_organisers_cannot_open_the_harvest() {
        if (jdbc.sql("select count(*) from app_user where username = 'desk'").query(Long.class).single() == 0) {
            jdbc.sql("insert into app_user (username, password_hash, roles, version) values ('desk', ?, 'STAFF', 0)")
                    .param(encoder.encode(STAFF_PASSWORD)).update();
        }
        Page staff = standScreen();
        staff.navigate("/staff");
        staff.locator("vaadin-login-form input[name='username']").fill("desk");
        staff.locator("vaadin-login-form input[name='password']").fill(STAFF_PASSWORD);
        staff.locator("vaadin-login-form input[name='password']").press("Enter");
        assertThat(staff.locator("#moderation-grid")).isVisible();
        assertThat(staff.locator("#staff-harvest")).isHidden();

        staff.navigate("/harvest");

        assertThat(staff.locator("#harvest-view")).hasCount(0);
        assertThat(staff.locator("body")).not().containsText("Raportit");
        screenshot(staff, "harvest-denied-to-staff");
    }

    @Test
    void an_organiser_sees_the_harvest_and_takes_home_the_csv_and_the_day_summary() throws Exception {
        Page organiser = standScreen();
        logIn(organiser, "/harvest");

        assertThat(organiser.locator("#harvest-view")).isVisible();
        assertThat(organiser.locator("#report-grid")).containsText("Kävelevä kahvila");
        assertThat(organiser.locator("#report-grid")).containsText("Uusi");
        assertThat(organiser.locator("#chart-lines .bar-chart-figure")).isVisible();
        screenshot(organiser, "harvest-1920x1080");

        Download csv = organiser.waitForDownload(() -> organiser.locator("#export-csv").click());
        byte[] file = Files.readAllBytes(csv.path());
        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("Kävelevä kahvila", "Språkcafé för nyanlända föräldrar");

        Download summary = organiser.waitForDownload(() -> organiser.locator("#day-summary-pdf").click());
        String text = PdfChecks.text(Files.readAllBytes(summary.path()));
        assertThat(text).contains("Innomarkkinat", "Kävelevä kahvila");

        organiser.locator("#harvest-reports").scrollIntoViewIfNeeded();
        screenshot(organiser, "harvest-reports-1920x1080");
    }

    @Test
    void the_harvest_works_on_a_phone() {
        Page phone = phone();
        logIn(phone, "/harvest");

        assertThat(phone.locator("#harvest-view")).isVisible();
        assertThat(phone.locator("#report-grid")).isVisible();
        screenshot(phone, "harvest-phone");
    }
}
