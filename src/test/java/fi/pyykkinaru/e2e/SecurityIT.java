package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.pyykkinaru.kiosk.PublicAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Strangers at the stand: every page carries the security headers (and the whole app runs under that CSP, as
 * every browser test shows), and no staff or organiser page opens by address without a login.
 */
class SecurityIT extends BrowserTest {

    @Autowired PublicAddress publicAddress;

    @Test
    void pages_for_visitors_and_phones_carry_the_security_headers() throws Exception {
        String token = sampleSession("Avaus: hyvinvointia yhdessä").token();
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/", "/s/" + token, "/login")) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                            // the scanner's QR decoder is WebAssembly from the app itself: compiling it is allowed,
                            // fetching code or data from any other origin is not
                            "'wasm-unsafe-eval'", "connect-src 'self' ws: wss:;")
                            .doesNotContain("http:", "https:", "*"));
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p ->
                    assertThat(p).contains("camera=(self)"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void no_staff_or_organiser_page_opens_by_address_for_a_visitor() {
        Page kiosk = standScreen();
        for (String path : List.of("/staff", "/staff/print", "/staff/registrations", "/staff/posters", "/staff/programme",
                "/staff/accounts", "/harvest", "/harvest?event=innomarkkinat")) {
            kiosk.navigate(path);
            assertThat(kiosk.locator("vaadin-login-form")).isVisible();
            assertThat(kiosk.locator("#print-queue, #registrations-grid, #posters-grid, #harvest-view, #moderation-grid, #accounts-grid"))
                    .hasCount(0);
        }
    }

    @Test
    void after_logging_out_the_back_button_does_not_bring_the_staff_page_back() {
        Page staff = standScreen();
        logIn(staff, "/staff/print");
        assertThat(staff.locator("#print-queue")).isVisible();

        staff.locator("#logout").click();
        assertThat(staff.locator("vaadin-login-form").or(staff.locator("#wall"))).isVisible();
        staff.goBack();

        assertThat(staff.locator("#print-queue")).hasCount(0);
    }

    @Test
    void an_organiser_who_logs_in_lands_on_the_staff_console_or_where_they_were_going() {
        Page organiser = standScreen();
        organiser.navigate("/login");
        organiser.locator("vaadin-login-form input[name='username']").fill("organiser");
        organiser.locator("vaadin-login-form input[name='password']").fill(ORGANISER_PASSWORD);
        organiser.locator("vaadin-login-form input[name='password']").press("Enter");
        organiser.waitForURL("**/staff");
        assertThat(organiser.locator("#moderation")).isVisible();
        screenshot(organiser, "organiser-lands-on-staff");

        Page going = standScreen();
        logIn(going, "/harvest");
        // The harvest is the heaviest page to draw first on a busy test machine.
        assertThat(going.locator("#harvest-view")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    @Test
    void an_organiser_adds_a_staff_member_who_chooses_a_password_on_a_phone_and_logs_in() {
        Page organiser = standScreen();
        logIn(organiser, "/staff/accounts");
        organiser.locator("#account-username input").fill("kaisa");
        organiser.locator("#account-invite").click();
        assertThat(organiser.locator("#account-link-qr")).isVisible();
        String link = organiser.locator("#account-link").textContent();
        screenshot(organiser, "accounts-link");
        // Opened on this machine at localhost, the link carries the address a phone opens when the machine has one.
        assertThat(link).startsWith(publicAddress.base("http://localhost:" + port) + "/setup/");

        Page phone = phone();
        phone.navigate(link);
        phone.locator("#setup-password input").fill("kaisan-salasana");
        phone.locator("#setup-repeat input").fill("kaisan-salasana-x");
        phone.locator("#setup-submit").tap();
        assertThat(phone.locator("#setup-message")).containsText("eivät ole samat");
        phone.locator("#setup-repeat input").fill("kaisan-salasana");
        phone.locator("#setup-submit").tap();
        assertThat(phone.locator("#setup-message")).containsText("tallennettiin");
        screenshot(phone, "setup-done-phone");
        phone.locator("#setup-login").tap();
        phone.locator("vaadin-login-form input[name='username']").fill("kaisa");
        phone.locator("vaadin-login-form input[name='password']").fill("kaisan-salasana");
        phone.locator("vaadin-login-form input[name='password']").press("Enter");
        phone.waitForURL("**/staff");
        // Staff land on their console, not on the visitors' wall.
        assertThat(phone.locator("#moderation")).isVisible();

        phone.navigate("/staff/print");
        assertThat(phone.locator("#print-queue")).isVisible();
        assertThat(phone.locator("#staff-accounts")).isHidden();
        phone.navigate("/staff/accounts");
        assertThat(phone.locator("#accounts-grid")).hasCount(0);

        Page again = phone();
        again.navigate(link);
        assertThat(again.locator("#setup-message")).containsText("uusi linkki");
        assertThat(again.locator("#setup-password")).isHidden();
    }
}
