package fi.pyykkinaru.session.phone;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.AnswerDetails;
import fi.pyykkinaru.session.AskedQuestion;
import fi.pyykkinaru.session.QuestionStatus;
import fi.pyykkinaru.session.SessionQuestion;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** The phone's pages as the templates render them: whatever organisers or visitors typed is shown, never run. */
class PhonePagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";

    private final PhoneTemplates templates = new PhoneTemplates();
    private final PhoneText finnish = new PhoneText(Translations.FINNISH, new Translations());

    @Test
    void a_hostile_event_name_session_title_and_room_are_shown_as_text() {
        String html = templates.render("vote", Map.of("page", page(SCRIPT + BREAKOUT, null)));

        // The page's own script (the questions list's refresher) aside, nothing typed turns into markup.
        assertThat(html.split("<script", -1)).as("no script but the page's own").hasSizeLessThanOrEqualTo(2);
        assertThat(html).doesNotContain("<script>alert", "<img")
                .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;</title>")
                .contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;</h1>")
                .contains("<p class=\"event\">" + "&lt;script&gt;alert(1)&lt;/script&gt;</p>")
                .contains("· &lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;</p>");
    }

    @Test
    void a_hostile_comment_comes_back_in_the_form_as_text_with_the_message() {
        String html = templates.render("details", Map.of("page", page("Avaus", Score.P1),
                "shown", new AnswerDetails(SCRIPT + BREAKOUT, null, null, null), "problem", "feedback.error.too-long"));

        assertThat(html.split("<script", -1)).as("no script but the page's own").hasSizeLessThanOrEqualTo(2);
        assertThat(html).doesNotContain("<script>alert", "<img")
                .contains("aria-invalid=\"true\">&lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;</textarea>")
                .contains("<p id=\"comment-error\" class=\"error\" role=\"alert\">Kommentti on liian pitkä");
    }

    @Test
    void a_csrf_token_cannot_break_out_of_its_attribute() {
        String html = templates.render("vote", Map.of("page", page("Avaus", null)));

        assertThat(html).contains("<input type=\"hidden\" name=\"_csrf\" value=\"&#34;>&lt;img src=x onerror=alert(1)>\">")
                .doesNotContain("<img");
    }

    @Test
    void the_vote_this_phone_gave_is_the_pressed_one() {
        String html = templates.render("thanks", Map.of("page", page("Avaus", Score.M1)));

        assertThat(html).contains("id=\"vote-m1\" class=\"vote v-m1\" aria-pressed=\"true\"")
                .contains("id=\"vote-p1\" class=\"vote v-p1\" aria-pressed=\"false\"")
                .contains("<p class=\"thanks\" role=\"status\">Kiitos! Lisätiedot tallennettiin.</p>");
    }

    @Test
    void the_faces_are_drawn_as_svg_not_left_to_an_emoji_font_and_the_skip_link_comes_first() {
        String html = templates.render("vote", Map.of("page", page("Avaus", null)));

        assertThat(html.split("<svg class=\"face-svg\"", -1)).hasSize(Score.values().length + 1);
        assertThat(html.codePoints().filter(c -> c >= 0x1F300)).as("no emoji").isEmpty();
        assertThat(html).contains("<a class=\"skip-link\" id=\"skip-to-content\" href=\"#content\">Siirry sisältöön</a>")
                .contains("<main id=\"content\" tabindex=\"-1\">");
        assertThat(html.indexOf("skip-to-content")).isLessThan(html.indexOf("<main"));
    }

    @Test
    void the_sessions_time_is_written_as_the_pages_language_does_in_the_events_time_zone() {
        PhonePage finnishPage = page("Avaus", null);
        PhonePage swedishPage = in(Translations.SWEDISH, finnishPage);
        PhonePage englishPage = in(Translations.ENGLISH, finnishPage);

        assertThat(finnishPage.when()).isEqualTo("23.11.2026 12.00–13.00 · Avaus");
        assertThat(swedishPage.when()).isEqualTo("23 nov. 2026 12:00–13:00 · Avaus");
        assertThat(englishPage.when()).isEqualTo("23 Nov 2026 12:00–13:00 · Avaus").doesNotContain("PM", "11/23");
    }

    @Test
    void the_follow_up_forms_language_buttons_submit_the_form_so_nothing_typed_is_lost() {
        String html = templates.render("details", Map.of("page", page("Avaus", Score.P1),
                "shown", new AnswerDetails("Kesken", null, null, null)));

        assertThat(html).contains("<form method=\"post\" action=\"/s/ABCDEFGH/details\" id=\"feedback-details\">")
                .contains("<button type=\"submit\" class=\"lang\" form=\"feedback-details\" name=\"to\" value=\"sv\"")
                .contains("value=\"fi\" lang=\"fi\" id=\"lang-fi\" aria-current=\"true\">Suomi</button>")
                .doesNotContain("href=\"/s/ABCDEFGH?lang=sv\"");
    }

    @Test
    void a_hostile_question_is_shown_as_text_with_its_votes_and_this_phones_vote_pressed() {
        SessionQuestion hostile = new SessionQuestion(7L, 2L, SCRIPT + BREAKOUT, QuestionStatus.APPROVED, false, true,
                "asker", Instant.parse("2026-11-23T10:10:00Z"), 0);
        PhonePage page = page("Avaus", null);
        PhonePage withQuestion = new PhonePage(page.text(), page.event(), page.session(), page.result(), page.zone(),
                page.csrf(), page.current(), QuestionBoard.of(List.of(new AskedQuestion(hostile, 3, false, true)), "held"), page.minGroup());

        String html = templates.render("vote", Map.of("page", withQuestion));

        assertThat(html.split("<script", -1)).as("no script but the page's own").hasSizeLessThanOrEqualTo(2);
        assertThat(html).doesNotContain("<script>alert", "<img")
                .contains("<p class=\"question-text\">&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<span class=\"question-votes\" id=\"question-votes-7\">3 ääntä</span>")
                .contains("id=\"question-upvote-7\" class=\"upvote\" aria-pressed=\"true\" disabled>")
                .contains("<p id=\"ask-outcome\" class=\"thanks\" role=\"status\">Kiitos! Kysymyksesi näkyy, kun");
    }

    @Test
    void the_page_that_cannot_save_links_back_to_its_session() {
        String html = templates.render("unavailable", Map.of("text", finnish, "sessionPath", "/s/ABCDEFGH"));

        assertThat(html).startsWith("<!doctype html>").contains("<html lang=\"fi\">").contains("<a href=\"/s/ABCDEFGH\">Yritä uudelleen</a>");
    }

    private static PhonePage in(java.util.Locale language, PhonePage page) {
        return new PhonePage(new PhoneText(language, page.text().translations()), page.event(), page.session(),
                page.result(), page.zone(), page.csrf(), page.current(), page.questions(), page.minGroup());
    }

    private PhonePage page(String typed, Score current) {
        Event event = new Event(1L, "sample", typed.startsWith("<") ? SCRIPT : "Sote-päivät", LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 24), null, "fi,sv,en", ModerationPolicy.PUBLISH, List.of(), null, null, 0);
        Session session = new Session(2L, 1L, "ABCDEFGH", typed, null, Instant.parse("2026-11-23T10:00:00Z"),
                Instant.parse("2026-11-23T11:00:00Z"), typed, null, null, null, SessionOrigin.ORGANISER, "fi", 0);
        return new PhonePage(finnish, event, session, new FeedbackResult(Map.of(Score.P1, 2L), 0), ZoneId.of("Europe/Helsinki"),
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", BREAKOUT), current, QuestionBoard.of(List.of(), null), 5);
    }
}
