package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.staff.StaffAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "done": an organiser opens a call, two applicants submit (one on a phone with JavaScript off), two
 * reviewers score, one proposal is chosen and scheduled and appears on the programme with a QR code that opens its
 * feedback page, and the other applicant reads the decline message on their private page. On the {@link OwnSample}
 * application, so that the call and its proposals stay out of the shared sample.
 */
@OwnSample
class OpenCallIT extends BrowserTest {

    private static final String CHOSEN = "Naapuruusapu kuntiin";
    private static final String DECLINED = "Kokeilujen kirjasto";
    private static final String REVIEWER_PASSWORD = "arvioija-e2e-salasana";

    @Autowired StaffAccounts accounts;
    @Autowired PublicAddress publicAddress;

    @Test
    void from_an_open_call_to_a_programme_session_and_a_decline_message() throws Exception {
        Page organiser = standScreen();
        logIn(organiser, "/staff/call");
        organiser.locator("#call-open").click();
        organiser.locator("#call-setup-cancel").click();
        assertThat(organiser.locator("#proposal-grid")).isVisible();
        screenshot(organiser, "open-call-opened");

        Page desk = standScreen();
        desk.navigate("/call/sample");
        fill(desk, CHOSEN, "Maija Meikäläinen", "maija@example.org");
        desk.locator("#call-submit").click();
        assertThat(desk.locator("#call-private-link")).containsText("/call/sample/p/");
        screenshot(desk, "open-call-submitted-1920x1080");

        Page phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setJavaScriptEnabled(false).setLocale("fi-FI")).newPage();
        phone.navigate("/call/sample");
        fill(phone, DECLINED, "Kalle Kokeilija", "kalle@example.org");
        phone.locator("#call-save").click();
        String privateLink = privateLink(phone);
        phone.navigate(privateLink);
        phone.locator("#call-submit").click();
        assertThat(phone.locator("#call-status")).containsText("Lähetetty");
        screenshot(phone, "open-call-submitted-phone");

        for (int reviewer = 1; reviewer <= 2; reviewer++) {
            String name = "arvioija-" + reviewer;
            StaffAccounts.Link link = accounts.invite(name, false, true);
            accounts.complete(link.token(), REVIEWER_PASSWORD, REVIEWER_PASSWORD);
            Page review = standScreen();
            logInAs(review, name, "/staff/call");
            score(review, CHOSEN, 4 + reviewer % 2);
            score(review, DECLINED, 2);
            screenshot(review, "open-call-reviewed-" + reviewer);
        }

        organiser.reload();
        select(organiser, CHOSEN);
        organiser.locator("#proposal-choose").click();
        organiser.locator("#decision-confirm").click();
        organiser.locator("#proposal-to-programme").click();
        organiser.locator("#programme-start input").fill("13:00");
        organiser.locator("#programme-start input").press("Enter");
        organiser.locator("#programme-end input").fill("14:00");
        organiser.locator("#programme-end input").press("Enter");
        organiser.locator("#programme-room input").fill("Sali Kotka");
        organiser.locator("#programme-save").click();
        assertThat(organiser.locator("#to-programme-dialog")).isHidden();
        select(organiser, DECLINED);
        organiser.locator("#proposal-decline").click();
        String declineMessage = organiser.locator("#decision-message textarea").inputValue();
        organiser.locator("#decision-confirm").click();
        screenshot(organiser, "open-call-decided");

        Session session = sessions.programme(events.bySlug("sample").orElseThrow().requireId()).stream()
                .filter(s -> s.title().equals(CHOSEN)).findFirst().orElseThrow();
        assertThat(session.origin()).isEqualTo(SessionOrigin.OPEN_CALL);
        assertThat(session.responsibleName()).isEqualTo("Maija Meikäläinen");
        Page kiosk = standScreen();
        kiosk.navigate("/programme");
        Locator item = kiosk.locator(".programme-session", new Page.LocatorOptions().setHasText(CHOSEN));
        assertThat(item).containsText("Sali Kotka");
        String decoded = decodeQr("/s/" + session.token() + "/qr.png");
        assertThat(decoded).isEqualTo(publicAddress.base("http://localhost:" + port) + "/s/" + session.token());
        Page voter = phone();
        voter.navigate(decoded);
        assertThat(voter.locator("h1")).hasText(CHOSEN);
        assertThat(voter.locator("#vote-p2")).isVisible();

        phone.navigate(privateLink);
        assertThat(phone.locator("#call-decision")).containsText(declineMessage.strip().lines().findFirst().orElseThrow());
        screenshot(phone, "open-call-declined-phone");
    }

    private static void fill(Page page, String title, String name, String email) {
        page.locator("#call-title").fill(title);
        page.locator("#call-q-1").fill("Kunnat jakavat naapuruusavun malleja. " + title + ".");
        page.locator("#call-q-2").fill("Koska se on harmaalla alueella.");
        page.locator("#call-q-3").fill("Työpaja, jossa kolme kuntaa kertoo kokeilustaan.");
        page.locator("#call-q-4").fill("Yleisö äänestää, mitä kokeilua puretaan tarkemmin.");
        page.locator("#call-responsible-name").fill(name);
        page.locator("#call-responsible-organisation").fill("Kuntaliitto");
        page.locator("#call-responsible-email").fill(email);
    }

    private static String privateLink(Page page) {
        Locator link = page.locator("#call-private-link");
        String href = link.getAttribute("href");
        return href != null ? href : link.inputValue();
    }

    private static void logInAs(Page page, String username, String path) {
        page.navigate(path);
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(REVIEWER_PASSWORD);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL("**" + path + "*");
    }

    private static void select(Page page, String title) {
        page.locator("#proposal-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(title))
                .first().click();
        assertThat(page.locator("#proposal-detail")).containsText(title);
    }

    private static void score(Page page, String title, int score) {
        select(page, title);
        for (String criterion : new String[] {"aim", "interaction", "novelty", "smaller-actors"}) {
            page.locator("#score-" + criterion + " input").fill(String.valueOf(score));
        }
        page.locator("#review-comment textarea").fill("Arvio " + score);
        page.locator("#review-save").click();
        assertThat(page.locator("#review-list")).containsText("Arvio " + score);
    }

    private String decodeQr(String path) throws Exception {
        Path png = Files.createTempFile("call-qr", ".png");
        Files.write(png, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray()).body());
        Process zbarimg = new ProcessBuilder("zbarimg", "-q", "--raw", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new String(zbarimg.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
