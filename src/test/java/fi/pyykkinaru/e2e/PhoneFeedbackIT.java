package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import java.net.URI;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PhoneFeedbackIT extends BrowserTest {

    @Autowired Feedback feedback;
    @Autowired PublicAddress publicAddress;

    private Page phoneWithoutJavaScript() {
        return newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setJavaScriptEnabled(false).setLocale("fi-FI")).newPage();
    }

    @Test
    void a_phone_without_javascript_votes_adds_a_comment_and_changes_its_mind() {
        Session session = sampleSession("Digituki lähellä ihmistä");
        long before = feedback.result(session).count();
        Page phone = phoneWithoutJavaScript();

        phone.navigate("/s/" + session.token());
        assertThat(phone.locator("h1")).hasText("Digituki lähellä ihmistä");
        screenshot(phone, "phone-feedback-vote");
        phone.locator("#vote-p1").click();

        assertThat(phone.locator(".thanks")).hasText("Kiitos vastauksestasi!");
        assertThat(phone.locator("#vote-p1")).hasAttribute("aria-pressed", "true");
        phone.locator("#feedback-comment").fill("Hyviä <b>esimerkkejä</b> 👍");
        phone.locator("#feedback-region").selectOption("KAINUU");
        phone.locator("#feedback-organisation-type").selectOption("NGO");
        phone.locator("input[name=attendance][value=ON_SITE]").check();
        screenshot(phone, "phone-feedback-details");
        phone.locator("#feedback-send").click();
        assertThat(phone.locator(".thanks")).hasText("Kiitos! Lisätiedot tallennettiin.");

        phone.locator("#vote-m1").click();

        FeedbackResult result = feedback.result(session);
        assertThat(result.count()).isEqualTo(before + 1);
        assertThat(result.distribution().get(Score.M1)).isEqualTo(1);
        assertThat(result.distribution().get(Score.P1)).isZero();
        assertThat(phone.locator("#feedback-comment")).hasValue("Hyviä <b>esimerkkejä</b> 👍");
    }

    @Test
    void a_comment_too_long_comes_back_with_a_message_and_nothing_typed_is_lost() {
        Session session = sampleSession("Penkkikahvila: kysy päättäjältä");
        Page phone = phoneWithoutJavaScript();
        phone.navigate("/s/" + session.token());
        phone.locator("#vote-p2").click();

        String longComment = "Pitkä kommentti. ".repeat(40);
        phone.locator("#feedback-comment").fill(longComment);
        phone.locator("#feedback-send").click();

        assertThat(phone.locator("#comment-error")).containsText("enintään 500 merkkiä");
        assertThat(phone.locator("#feedback-comment")).hasValue(longComment.strip());
    }

    @Test
    void the_phone_page_is_light_and_its_forms_need_the_csrf_token() throws Exception {
        Session session = sampleSession("Avaus: hyvinvointia yhdessä");
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create("http://localhost:" + port + "/s/" + session.token());

        long before = feedback.result(session).count();
        HttpResponse<byte[]> get = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("score=2")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body().length).as("bytes of the whole page").isLessThan(100 * 1024);
        // Its one script is the few lines that keep the questions list live with JavaScript (the page works
        // without it); nothing is loaded from elsewhere.
        String html = new String(get.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html.split("<script", -1)).hasSize(2);
        assertThat(html).doesNotContain("<script src");
        // Refused by Spring Security's CSRF filter (sent to the login), and nothing is counted.
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotContain("/s/");
        assertThat(feedback.result(session).count()).isEqualTo(before);
    }

    @Test
    void the_live_results_update_within_a_second_when_a_phone_votes() {
        Session session = sessions.save(new Session(null, events.current().orElseThrow().id(), SessionTokens.next(),
                "Tulokset livenä", null, Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-23T11:00:00Z"),
                "Sali C", null, null, null, SessionOrigin.ORGANISER, "fi", 0));
        Page presenter = standScreen();
        presenter.navigate("/s/" + session.token() + "/results");
        assertThat(presenter.locator("#result-count")).hasText("0");
        assertThat(presenter.locator("#result-median")).hasText("–");
        long before = 0;

        Page phone = phoneWithoutJavaScript();
        phone.navigate("/s/" + session.token());
        phone.locator("#vote-p2").click();
        assertThat(presenter.locator("#result-count")).hasText(String.valueOf(before + 1),
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(1_500));

        Page second = phoneWithoutJavaScript();
        second.navigate("/s/" + session.token());
        second.locator("#vote-p1").click();
        assertThat(presenter.locator("#result-count")).hasText(String.valueOf(before + 2));
        // Two answers: their median (+2 and +1 make 1.5) would tell the room how those two voted.
        assertThat(presenter.locator("#result-median")).hasText("–");
        assertThat(presenter.locator("#results-too-few")).containsText("vähintään 5");
        screenshot(presenter, "results-1920x1080");
    }

    @Test
    void the_results_page_on_a_phone_hides_its_distribution_until_five_have_answered() {
        Session session = sessions.save(new Session(null, events.current().orElseThrow().id(), SessionTokens.next(),
                "Pieni joukko", null, Instant.parse("2026-11-23T12:00:00Z"), Instant.parse("2026-11-23T13:00:00Z"),
                "Sali D", null, null, null, SessionOrigin.ORGANISER, "fi", 0));
        Page results = phone();
        results.navigate("/s/" + session.token() + "/results");
        assertThat(results.locator("#result-count")).hasText("0");
        Score[] votes = {Score.P2, Score.P1, Score.M1, Score.P1, Score.ZERO};

        for (int i = 0; i < 4; i++) {
            Page voter = phoneWithoutJavaScript();
            voter.navigate("/s/" + session.token());
            voter.locator("#" + votes[i].testId()).click();
            assertThat(voter.locator("#result-too-few")).containsText("vähintään 5");
            assertThat(voter.locator(".result .bar")).hasCount(0);
            if (i == 3) {
                voter.locator(".result").scrollIntoViewIfNeeded();
                screenshot(voter, "phone-result-four-answers");
            }
        }
        assertThat(results.locator("#result-count")).hasText("4");
        assertThat(results.locator("#result-median")).hasText("–");
        assertThat(results.locator(".results-bars")).isHidden();
        assertThat(results.locator("#results-too-few")).isVisible();
        assertThat(results.locator("#results-too-few")).hasText("Mediaani ja jakauma näkyvät, kun vastauksia on "
                + "vähintään 5: pienestä joukosta voisi päätellä, kuka vastasi mitäkin.");
        screenshot(results, "results-four-answers-390x844");

        Page fifth = phoneWithoutJavaScript();
        fifth.navigate("/s/" + session.token());
        fifth.locator("#" + votes[4].testId()).click();

        assertThat(fifth.locator(".result .bar")).hasCount(5);
        assertThat(fifth.locator("#result-too-few")).hasCount(0);
        assertThat(fifth.locator(".result")).containsText("mediaani 1");
        fifth.locator(".result").scrollIntoViewIfNeeded();
        screenshot(fifth, "phone-result-five-answers");
        assertThat(results.locator("#result-count")).hasText("5");
        assertThat(results.locator("#result-median")).hasText("1");
        assertThat(results.locator(".results-bars")).isVisible();
        assertThat(results.locator("#results-too-few")).isHidden();
        assertThat(results.locator(".results-bar[data-count='2']")).hasCount(1);
        screenshot(results, "results-five-answers-390x844");
        FeedbackResult stored = feedback.result(session);
        assertThat(stored.count()).isEqualTo(5);
        assertThat(stored.distribution()).containsEntry(Score.P1, 2L).containsEntry(Score.P2, 1L)
                .containsEntry(Score.M1, 1L).containsEntry(Score.ZERO, 1L).containsEntry(Score.M2, 0L);
    }

    @Test
    void the_programme_shows_every_session_with_a_qr_code_that_leads_to_its_feedback_page() throws Exception {
        List<Session> programme = sessions.programme(events.current().orElseThrow().id());
        Page kiosk = standScreen();
        kiosk.navigate("/programme");
        assertThat(kiosk.locator(".programme-session")).hasCount(programme.size());
        screenshot(kiosk, "programme-1920x1080");

        Session first = programme.getFirst();
        Path png = Files.createTempFile("session-qr", ".png");
        Files.write(png, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/s/" + first.token() + "/qr.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body());
        Process zbarimg = new ProcessBuilder("zbarimg", "-q", "--raw", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String decoded = new String(zbarimg.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();

        // Asked at localhost, the code carries the address phones use: this machine's on a private network if it has
        // one (a phone cannot open localhost), else localhost, which this test's browser on the same machine opens.
        assertThat(decoded).isEqualTo(publicAddress.base("http://localhost:" + port) + "/s/" + first.token());
        kiosk.navigate(decoded);
        assertThat(kiosk.locator("h1")).hasText(first.title());
    }

    @Test
    void an_unknown_code_gets_a_clear_page_not_an_error() {
        Page phone = phoneWithoutJavaScript();

        var response = phone.navigate("/s/NOTHERE2");

        assertThat(response.status()).isEqualTo(404);
        assertThat(phone.locator("h1")).hasText("Sessiota ei löytynyt");
    }
}
