package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Questions to the speakers, end to end: phones with JavaScript off ask and upvote (one vote per phone, however
 * often sent), the organiser holds all questions from the programme admin, the chair approves and stars a held one
 * from their phone through the moderator link, and the room's screen follows every step without a reload.
 * On the {@link OwnSample} application: the moderation rule it sets must not reach the shared sample event.
 */
@OwnSample
class QuestionsIT extends BrowserTest {

    /** The screen follows by push: well within this, even on a busy 2-core machine. */
    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(3_000);

    @Autowired JdbcClient jdbc;

    private Page phoneWithoutJavaScript() {
        return newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setJavaScriptEnabled(false).setLocale("fi-FI")).newPage();
    }

    @Test
    void phones_ask_and_upvote_the_chair_approves_a_held_question_and_the_room_screen_follows_live() {
        Session session = sessions.save(new Session(null, events.current().orElseThrow().id(), SessionTokens.next(),
                "Kysymyksiä puhujille", null, Instant.parse("2026-12-02T10:00:00Z"),
                Instant.parse("2026-12-02T11:00:00Z"), "Sali D", null, null, null, SessionOrigin.ORGANISER, "fi", 0));
        String path = "/s/" + session.token();

        Page screen = standScreen();
        screen.navigate(path + "/questions");
        assertThat(screen.locator("#questions-screen-empty")).isVisible();
        assertThat(screen.locator(".question")).hasCount(0);
        // Set on this page now; a reload would lose it, so it still being there later shows nothing reloaded.
        screen.evaluate("window.notReloaded = true");

        // A phone with JavaScript off asks: the event's default rule (profanity hold) shows a clean question at once.
        Page first = phoneWithoutJavaScript();
        first.navigate(path);
        assertThat(first.locator("#questions-title")).hasText("Kysy puhujilta");
        first.locator("#ask-text").fill("Miten kokemusasiantuntijat palkitaan?");
        first.locator("#ask-question").click();
        assertThat(first.locator("#ask-outcome")).hasText("Kiitos! Kysymyksesi on nyt listalla.");
        long asked = questionId(session, "Miten kokemusasiantuntijat palkitaan?");
        assertThat(status(asked)).isEqualTo("APPROVED");
        assertThat(screen.locator(".question")).containsText(new String[] {"Miten kokemusasiantuntijat palkitaan?"}, SOON);

        // It upvotes it, and the same vote sent again (a double tap, a resent form) does not count twice.
        String csrf = first.locator("#question-" + asked + " input[name=_csrf]").getAttribute("value");
        first.locator("#question-upvote-" + asked).click();
        assertThat(first.locator("#question-upvote-" + asked)).hasAttribute("aria-pressed", "true");
        assertThat(first.locator("#question-upvote-" + asked)).isDisabled();
        assertThat(first.locator("#question-votes-" + asked)).hasText("1 ääni");
        var again = first.context().request().post(path + "/upvote", RequestOptions.create().setForm(
                FormData.create().set("_csrf", csrf).set("question", String.valueOf(asked)).set("lang", "fi")));
        assertThat(again.ok()).isTrue();
        assertThat(votes(asked)).isEqualTo(1);
        screenshot(first, "questions-phone-asked-and-voted");

        // The organiser holds every question from now on, in the programme admin.
        Page organiser = standScreen();
        logIn(organiser, "/staff/programme");
        organiser.locator("#question-policy vaadin-radio-button").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Pidätä kaikki")).click();
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql(
                "select policy from question_moderation where event_id = ?").param(session.eventId())
                .query(String.class).optional()).contains("HOLD_ALL"));
        String moderatorLink = organiser.locator("#programme-questions-" + session.token()).getAttribute("href");
        screenshot(organiser, "questions-programme-admin");

        // A second phone votes too, and asks: its question waits, seen by itself only.
        Page second = phoneWithoutJavaScript();
        second.navigate(path);
        second.locator("#question-upvote-" + asked).click();
        assertThat(second.locator("#question-votes-" + asked)).hasText("2 ääntä");
        assertThat(votes(asked)).isEqualTo(2);
        second.locator("#ask-text").fill("Voiko työpajaan osallistua etänä?");
        second.locator("#ask-question").click();
        assertThat(second.locator("#ask-outcome")).hasText("Kiitos! Kysymyksesi näkyy, kun moderaattori on hyväksynyt sen.");
        long held = questionId(session, "Voiko työpajaan osallistua etänä?");
        assertThat(status(held)).isEqualTo("HELD");
        assertThat(second.locator("#question-" + held)).containsText("Odottaa moderaattoria");
        screenshot(second, "questions-phone-held");
        first.navigate(path);
        assertThat(first.locator("#question-" + held)).hasCount(0);
        assertThat(screen.locator(".question")).hasCount(1);
        assertThat(screen.locator("#question-" + asked)).containsText("2 ääntä", SOON);

        // A phone with JavaScript on sees the list follow by itself.
        Page live = phone();
        live.navigate(path);
        assertThat(live.locator("#question-" + held)).hasCount(0);

        // The chair, on their phone, opens the moderator link, approves the held question and stars it.
        Page chair = phone();
        chair.navigate(moderatorLink);
        assertThat(chair.locator("#question-status-" + held)).hasText("Odottaa");
        screenshot(chair, "questions-moderator-phone");
        chair.locator("#moderate-approve-" + held).click();
        assertThat(chair.locator("#question-status-" + held)).hasText("Näkyvissä");
        assertThat(status(held)).isEqualTo("APPROVED");
        chair.locator("#moderate-star-" + held).click();
        assertThat(chair.locator("#moderate-star-" + held)).hasAttribute("aria-pressed", "true");
        chair.locator("#moderate-answered-" + asked).click();
        assertThat(jdbc.sql("select starred from session_question where id = ?").param(held).query(Boolean.class)
                .single()).isTrue();
        assertThat(jdbc.sql("select answered from session_question where id = ?").param(asked).query(Boolean.class)
                .single()).isTrue();
        screenshot(chair, "questions-moderator-phone-after");

        // The room's screen: both shown, the starred one first and highlighted, and the page was never reloaded.
        assertThat(screen.locator(".question")).hasCount(2);
        assertThat(screen.locator(".question").first()).hasId("question-" + held);
        assertThat(screen.locator(".question").first()).hasClass(java.util.regex.Pattern.compile("\\bstarred\\b"));
        assertThat(screen.locator("#question-" + asked)).hasClass(java.util.regex.Pattern.compile("\\banswered\\b"));
        assertThat(screen.evaluate("window.notReloaded === true")).isEqualTo(true);
        screenshot(screen, "questions-screen-1920x1080");

        assertThat(live.locator("#question-" + held)).containsText("Voiko työpajaan osallistua etänä?",
                new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        live.locator("#question-list").scrollIntoViewIfNeeded();
        screenshot(live, "questions-phone-live");
    }

    @Test
    void a_wrong_moderator_key_opens_nothing() {
        Session session = sampleSession("Kokemusasiantuntijat palvelujen kehittäjinä");
        Page phone = phoneWithoutJavaScript();

        var response = phone.navigate("/s/" + session.token() + "/moderate/000000000000000000000000");

        assertThat(response.status()).isEqualTo(404);
        assertThat(phone.locator(".error")).containsText("moderointilinkki ei kelpaa");
    }

    @Test
    void the_sample_session_shows_its_questions_with_the_starred_one_first() {
        Session session = sampleSession("Kokemusasiantuntijat palvelujen kehittäjinä");
        Page screen = standScreen();
        screen.navigate("/s/" + session.token() + "/questions");
        assertThat(screen.locator(".question")).hasCount(4);
        assertThat(screen.locator(".question").first()).hasClass(java.util.regex.Pattern.compile("\\bstarred\\b"));
        screenshot(screen, "questions-sample-screen-1920x1080");
        Page phone = phone();
        phone.navigate("/s/" + session.token());
        screenshot(phone, "questions-sample-phone-top");
        phone.locator(".jump").click();
        screenshot(phone, "questions-sample-phone");
    }

    private long questionId(Session session, String body) {
        return jdbc.sql("select id from session_question where session_id = ? and body = ?")
                .params(session.requireId(), body).query(Long.class).single();
    }

    private String status(long question) {
        return jdbc.sql("select status from session_question where id = ?").param(question).query(String.class).single();
    }

    private long votes(long question) {
        return jdbc.sql("select count(*) from question_vote where question_id = ?").param(question).query(Long.class)
                .single();
    }
}
