package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.CallTestAccess;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.event.Event;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An applicant on a phone with JavaScript off, through the sample event's call: the form, its problems, saving,
 * the private link, sending, and the page once the call has closed; the same pages on a desktop.
 */
class CallPageIT extends BrowserTest {

    @Autowired Calls calls;
    @Autowired ApplicationContext context;

    private Call call;

    @BeforeEach
    void openCall() {
        Event sample = events.bySlug("sample").orElseThrow();
        call = calls.open(sample, CallKind.SESSIONS);
    }

    @AfterEach
    void removeCall() {
        CallTestAccess.remove(context, call.requireId());
    }

    /** The whole page, to look at (the viewport shots are what a person sees first). */
    private static void wholePage(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + "-whole.png")));
    }

    private Page phoneWithoutJavaScript() {
        return newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setJavaScriptEnabled(false).setLocale("fi-FI")).newPage();
    }

    private Page desktopWithoutJavaScript() {
        return newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setJavaScriptEnabled(false)
                .setLocale("fi-FI")).newPage();
    }

    @Test
    void a_phone_without_javascript_fills_in_the_form_fixes_its_problems_keeps_its_link_and_sends() {
        Page phone = phoneWithoutJavaScript();
        phone.navigate("/call/sample");
        assertThat(phone.locator("h1")).hasText("Haku ohjelman sessioihin");
        assertThat(phone.locator("#call-q-1")).hasAttribute("name", "q.idea");
        screenshot(phone, "call-form-phone");
        wholePage(phone, "call-form-phone");

        phone.locator("#call-q-1").fill("Penkkikahvila, jossa päättäjät kuuntelevat. Kahvi tarjotaan.");
        phone.locator("#call-responsible-name").fill("Maija Meikäläinen");
        phone.locator("#call-responsible-email").fill("maija.example.org");
        phone.locator("#call-submit").click();

        assertThat(phone.locator("#call-errors")).containsText("Korjaa nämä 4 kohtaa");
        assertThat(phone.locator("#call-q-2-error")).hasText("Vastaa tähän kysymykseen.");
        assertThat(phone.locator("#call-responsible-email-error")).containsText("nimi@esimerkki.fi");
        assertThat(phone.locator("#call-q-1")).hasValue("Penkkikahvila, jossa päättäjät kuuntelevat. Kahvi tarjotaan.");
        screenshot(phone, "call-error-phone");
        wholePage(phone, "call-error-phone");
        phone.locator("#call-errors a[href='#call-q-2']").click();
        assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*#call-q-2$"));

        phone.locator("#lang-en").click();
        assertThat(phone.locator("html")).hasAttribute("lang", "en");
        assertThat(phone.locator("#call-responsible-name")).hasValue("Maija Meikäläinen");
        phone.locator("#call-responsible-email").fill("maija@example.org");
        phone.locator("#call-save").click();

        assertThat(phone.locator("#call-notice")).containsText("Saved unfinished");
        String link = phone.locator("#call-private-link").textContent();
        assertThat(link).matches("https?://.+/call/sample/p/[A-Za-z0-9_-]{32}");
        assertThat(phone.locator("#call-private-link")).hasAttribute("href", link);
        assertThat(phone.locator(".link img")).isVisible();
        screenshot(phone, "call-private-phone");
        wholePage(phone, "call-private-phone");

        phone.locator("#call-q-2").fill("Koska päättäjät ovat paikalla.");
        phone.locator("#call-q-3").fill("Pöydät ja kahvi.");
        phone.locator("#call-q-4").fill("Kävijät kysyvät, päättäjät vastaavat.");
        phone.locator("#call-submit").click();
        assertThat(phone.locator("#call-status")).containsText("Sent");
        assertThat(phone.locator("#call-q-2")).hasValue("Koska päättäjät ovat paikalla.");

        // Opened again from the link alone, as a phone that kept only the link would.
        Page again = phoneWithoutJavaScript();
        again.navigate(URI.create(link).getRawPath());
        assertThat(again.locator("h1")).hasText("Penkkikahvila, jossa päättäjät kuuntelevat");
        assertThat(again.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void after_the_call_closes_the_call_page_says_so_and_the_private_page_shows_the_answers_and_the_decision() {
        Page phone = phoneWithoutJavaScript();
        phone.navigate("/call/sample");
        phone.locator("#call-q-1").fill("Työpaja yhteiskehittämisestä.");
        phone.locator("#call-save").click();
        String path = URI.create(phone.locator("#call-private-link").textContent()).getRawPath();

        Instant now = Instant.now();
        Call current = calls.find(call.requireId()).orElseThrow();
        calls.save(new Call(current.id(), current.eventId(), current.kind(), now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofMinutes(5)), current.intro(), current.terms(), current.chosenMessage(),
                current.declinedMessage(), current.questions(), current.criteria(), current.version()));
        phone.navigate("/call/sample");
        assertThat(phone.locator("#call-closed-at")).containsText("Haku sulkeutui");
        screenshot(phone, "call-closed-phone");
        Page desktop = desktopWithoutJavaScript();
        desktop.navigate("/call/sample");
        screenshot(desktop, "call-closed-desktop");

        CallTestAccess.choose(context, path.substring(path.lastIndexOf('/') + 1),
                "Kiitos ehdotuksestasi! Suunnitteluryhmä valitsi sen ohjelmaan.", now);
        phone.navigate(path);
        assertThat(phone.locator("#call-decision")).containsText("valitsi sen ohjelmaan");
        assertThat(phone.locator("#call-answers")).containsText("Työpaja yhteiskehittämisestä.");
        assertThat(phone.locator("#call-submit")).hasCount(0);
        assertThat(phone.locator("#call-session-when")).hasText("Aika ja paikka kerrotaan myöhemmin.");
        phone.locator("#call-task-1-tick").click();
        assertThat(phone.locator("#call-task-1-tick")).hasAttribute("aria-pressed", "true");
        phone.locator("#call-marketing-text").fill("Tule kysymään päättäjiltä!");
        phone.locator("#call-marketing-save").click();
        assertThat(phone.locator("#call-marketing-status")).hasText("Odottaa järjestäjien hyväksyntää.");
        screenshot(phone, "call-chosen-phone");
        wholePage(phone, "call-chosen-phone");
        desktop.navigate(path);
        screenshot(desktop, "call-chosen-desktop");
        wholePage(desktop, "call-chosen-desktop");
    }

    @Test
    void a_withdrawal_is_asked_for_again_on_a_page_of_its_own() {
        Page phone = phoneWithoutJavaScript();
        phone.navigate("/call/sample?lang=sv");
        phone.locator("#call-q-1").fill("Ett förslag som dras tillbaka.");
        phone.locator("#call-save").click();

        phone.locator("#call-withdraw").click();
        assertThat(phone.locator("h1")).hasText("Dra tillbaka förslaget?");
        phone.locator("#call-withdraw-confirm").click();

        assertThat(phone.locator("#call-status")).containsText("Tillbakadraget");
        assertThat(phone.locator("#call-withdraw")).hasCount(0);
    }

    @Test
    void the_form_its_problems_the_private_page_and_a_chosen_ones_page_pass_wcag_aa() {
        // axe runs in the page, so this phone has JavaScript; the pages are the same without it.
        Page phone = phone();
        phone.navigate("/call/sample");
        assertThat(wcagViolations(phone)).isEmpty();
        phone.locator("#call-responsible-email").fill("ei-osoite");
        phone.locator("#call-submit").click();
        assertThat(phone.locator("#call-errors")).isVisible();
        assertThat(wcagViolations(phone)).isEmpty();
        phone.locator("#call-q-1").fill("Saavutettava idea.");
        phone.locator("#call-save").click();
        assertThat(phone.locator("#call-private-link")).isVisible();
        assertThat(wcagViolations(phone)).isEmpty();
        String path = URI.create(phone.locator("#call-private-link").textContent()).getRawPath();
        CallTestAccess.choose(context, path.substring(path.lastIndexOf('/') + 1), "Valittu.", Instant.now());
        phone.navigate(path);
        assertThat(phone.locator("#call-tasks")).isVisible();
        assertThat(wcagViolations(phone)).isEmpty();
    }

    private static java.util.List<String> wcagViolations(Page page) {
        return Axe.on(page).withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze().getViolations().stream().map(rule -> rule.getId() + " at "
                        + rule.getNodes().getFirst().getTarget() + ": " + rule.getNodes().getFirst().getHtml())
                .toList();
    }

    @Test
    void the_form_its_problems_and_the_private_page_on_a_desktop() {
        Page desktop = desktopWithoutJavaScript();
        desktop.navigate("/call/sample");
        screenshot(desktop, "call-form-desktop");
        wholePage(desktop, "call-form-desktop");
        desktop.locator("#call-q-1").fill("Idea ilman muita vastauksia.");
        desktop.locator("#call-submit").click();
        assertThat(desktop.locator("#call-errors")).isVisible();
        screenshot(desktop, "call-error-desktop");
        wholePage(desktop, "call-error-desktop");
        desktop.locator("#call-save").click();
        assertThat(desktop.locator("#call-private-link")).isVisible();
        screenshot(desktop, "call-private-desktop");
        wholePage(desktop, "call-private-desktop");
    }
}
