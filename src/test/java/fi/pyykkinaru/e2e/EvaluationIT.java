package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.pyykkinaru.evaluation.ClosingKind;
import fi.pyykkinaru.evaluation.ClosingQuestion;
import fi.pyykkinaru.evaluation.ClosingQuestions;
import fi.pyykkinaru.evaluation.ClosingResult;
import fi.pyykkinaru.evaluation.EventGoal;
import fi.pyykkinaru.evaluation.GoalStatus;
import fi.pyykkinaru.evaluation.Goals;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.session.FeedbackChanged;
import fi.pyykkinaru.session.Session;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The event's own evaluation: a phone answers the closing questions on /feedback (also with JavaScript off, and
 * reached from a session's thanks), a visitor at the stand answers them after a session vote, and an organiser
 * writes a goal, marks it beside its figures and takes the report for the funder. Each checks the database, and
 * whatever it added to the sample event is taken away again.
 */
class EvaluationIT extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions AFTER_THANKS =
            new LocatorAssertions.IsVisibleOptions().setTimeout(14_000);

    @Autowired ClosingQuestions closing;
    @Autowired Goals goals;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;

    private Event sample;
    private ClosingQuestion needs;
    private ClosingQuestion heard;
    private ClosingQuestion tips;
    private List<String> submissionsBefore;
    private List<String> votesBefore;

    @BeforeEach
    void the_sample_events_questions() {
        sample = events.bySlug("sample").orElseThrow();
        List<ClosingQuestion> questions = closing.ofEvent(sample.requireId());
        needs = questions.stream().filter(q -> q.kind() == ClosingKind.SCALE).findFirst().orElseThrow();
        heard = questions.stream().filter(q -> q.kind() == ClosingKind.CHOICE).findFirst().orElseThrow();
        tips = questions.stream().filter(q -> q.kind() == ClosingKind.TEXT).findFirst().orElseThrow();
        submissionsBefore = submissions();
        votesBefore = jdbc.sql("select id from feedback_answer").query(String.class).list();
    }

    /** What the visitors here answered goes again: the sample stays as the other tests expect it. */
    @AfterEach
    void remove_what_the_test_answered() {
        for (String submission : submissions()) {
            if (!submissionsBefore.contains(submission)) {
                jdbc.sql("delete from closing_answer where submission = ?").param(submission).update();
                jdbc.sql("delete from closing_respondent where submission = ?").param(submission).update();
            }
        }
        for (String vote : jdbc.sql("select id from feedback_answer").query(String.class).list()) {
            if (!votesBefore.contains(vote)) {
                long sessionId = jdbc.sql("select session_id from feedback_answer where id = ?").param(vote)
                        .query(Long.class).single();
                jdbc.sql("delete from feedback_voter where answer_id = ?").param(vote).update();
                jdbc.sql("delete from feedback_answer where id = ?").param(vote).update();
                // Deleted behind Feedback's back: told as a change from elsewhere, so the result kept in memory is
                // counted again rather than stay one too high for the next test class on the same sample session.
                publisher.publishEvent(new FeedbackChanged(sessionId));
            }
        }
    }

    @Test
    void a_phone_is_offered_the_closing_questions_after_its_vote_and_answers_them_on_the_feedback_page() {
        Session session = sampleSession("Digituki lähellä ihmistä");
        Page phone = phone();
        phone.navigate("/s/" + session.token());
        phone.locator("#vote-p1").click();
        assertThat(phone.locator("#after-vote-offer")).isVisible();
        assertThat(phone.locator("#after-vote-title")).hasText("Vielä lopuksi: tapahtuman kysymykset");
        screenshot(phone, "evaluation-phone-offer");
        phone.locator("#after-vote-link").click();

        assertThat(phone).hasURL(Pattern.compile(".*/feedback\\?event=sample&lang=fi$"));
        assertThat(phone.locator("h1")).hasText("Palaute tapahtumasta");
        assertThat(phone.locator("#closing-" + needs.requireId() + " legend")).containsText("Vastasiko päivä tarpeitasi?");
        screenshot(phone, "evaluation-phone-form");
        phone.locator("label:has(#q" + needs.requireId() + "-vote-p2)").click();
        phone.locator("label:has(#q" + heard.requireId() + "-3)").click();
        phone.locator("#q" + tips.requireId()).fill("Enemmän istumapaikkoja, kiitos!");
        screenshot(phone, "evaluation-phone-filled");
        phone.locator("#closing-send").click();

        assertThat(phone.locator("#closing-thanks")).hasText("Kiitos vastauksistasi!");
        screenshot(phone, "evaluation-phone-thanks");
        List<String> added = added();
        assertThat(added).hasSize(1);
        assertThat(answersOf(added.getFirst())).containsExactlyInAnyOrder(
                needs.requireId() + ":2:null:PHONE", heard.requireId() + ":3:null:PHONE",
                tips.requireId() + ":null:Enemmän istumapaikkoja, kiitos!:PHONE");

        // Answering again from the same phone replaces the answers instead of counting the visitor twice.
        phone.locator("#closing-again").click();
        phone.locator("label:has(#q" + needs.requireId() + "-vote-p1)").click();
        phone.locator("#closing-send").click();
        assertThat(phone.locator("#closing-thanks")).isVisible();
        assertThat(added()).hasSize(1);
        assertThat(answersOf(added().getFirst())).containsExactly(needs.requireId() + ":1:null:PHONE");
    }

    @Test
    void a_phone_without_javascript_is_told_what_is_missing_keeps_its_choices_across_languages_and_answers() {
        Page phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setJavaScriptEnabled(false).setLocale("fi-FI")).newPage();
        phone.navigate("/feedback");
        phone.locator("#q" + heard.requireId() + "-1").check();
        phone.locator("#q" + tips.requireId()).fill("Hyvä päivä");
        phone.locator("#closing-send").click();

        assertThat(phone.locator("#closing-problems")).hasText("Yksi kysymys odottaa vastausta.");
        assertThat(phone.locator("#q" + needs.requireId() + "-error")).hasText("Vastaa tähän kysymykseen.");
        assertThat(phone.locator("#q" + heard.requireId() + "-1")).isChecked();
        assertThat(phone.locator("#q" + tips.requireId())).hasValue("Hyvä päivä");
        screenshot(phone, "evaluation-phone-nojs-missing");
        assertThat(added()).isEmpty();

        phone.locator("#lang-sv").click();
        assertThat(phone.locator("html")).hasAttribute("lang", "sv");
        assertThat(phone.locator("#closing-" + needs.requireId() + " legend")).containsText("Motsvarade dagen dina behov?");
        assertThat(phone.locator("#q" + tips.requireId())).hasValue("Hyvä päivä");
        phone.locator("#q" + needs.requireId() + "-vote-0").check();
        screenshot(phone, "evaluation-phone-nojs-sv");
        phone.locator("#closing-send").click();

        assertThat(phone.locator("#closing-thanks")).hasText("Tack för dina svar!");
        List<String> added = added();
        assertThat(added).hasSize(1);
        assertThat(answersOf(added.getFirst())).containsExactlyInAnyOrder(needs.requireId() + ":0:null:PHONE",
                heard.requireId() + ":1:null:PHONE", tips.requireId() + ":null:Hyvä päivä:PHONE");
    }

    @Test
    void at_the_stand_the_closing_questions_follow_a_session_vote_and_the_visit_ends_after_the_thanks() {
        Session session = sampleSession("Penkkikahvila: kysy päättäjältä");
        Page stand = standScreen();
        stand.navigate("/feedback/" + session.token());
        stand.locator("#vote-p2").click();
        stand.locator("#feedback-skip").click();
        assertThat(stand.locator("#after-vote-offer")).isVisible();
        screenshot(stand, "evaluation-kiosk-offer");
        stand.locator("#after-vote-offer").click();

        assertThat(stand.locator("#kiosk-closing")).isVisible();
        assertThat(stand.locator("#closing-label-" + needs.requireId())).hasText("Vastasiko päivä tarpeitasi? (pakollinen)");
        stand.locator("#closing-send").click();
        assertThat(stand.locator("#closing-problems")).hasText("Yksi kysymys odottaa vastausta.");
        stand.locator("#q" + needs.requireId() + "-2").click();
        assertThat(stand.locator("#q" + needs.requireId() + "-2")).hasAttribute("aria-pressed", "true");
        stand.locator("#q" + heard.requireId() + "-0").click();
        stand.locator("#q" + tips.requireId() + " textarea").fill("Selkeät opasteet");
        screenshot(stand, "evaluation-kiosk-questions");
        stand.locator("#closing-send").click();

        assertThat(stand.locator("#closing-thanks")).hasText("Kiitos vastauksistasi!");
        screenshot(stand, "evaluation-kiosk-thanks");
        assertThat(stand.locator("#wall")).isVisible(AFTER_THANKS);
        List<String> added = added();
        assertThat(added).hasSize(1);
        assertThat(answersOf(added.getFirst())).containsExactlyInAnyOrder(needs.requireId() + ":2:null:KIOSK",
                heard.requireId() + ":0:null:KIOSK", tips.requireId() + ":null:Selkeät opasteet:KIOSK");
    }

    @Test
    void an_organiser_writes_a_goal_marks_it_beside_its_figures_and_takes_the_report() throws Exception {
        List<Long> goalsBefore = goals.ofEvent(sample.requireId()).stream().map(EventGoal::requireId).toList();
        Page organiser = standScreen();
        try {
            logIn(organiser, "/staff/evaluation");
            assertThat(organiser.locator("#evaluation-view h1")).hasText("Arviointi: " + sample.name());
            organiser.locator("#goal-new textarea").fill("Puolet kävijöistä vastaa loppukysymyksiin.");
            organiser.locator("#goal-add").click();
            assertThat(organiser.locator(".evaluation-goal h3", new Page.LocatorOptions()
                    .setHasText("Puolet kävijöistä vastaa loppukysymyksiin."))).isVisible();

            EventGoal goal = goals.ofEvent(sample.requireId()).stream()
                    .filter(g -> !goalsBefore.contains(g.requireId())).findFirst().orElseThrow();
            assertThat(goal.text()).isEqualTo("Puolet kävijöistä vastaa loppukysymyksiin.");
            assertThat(goal.status()).isNull();
            long id = goal.requireId();
            assertThat(organiser.locator("#goal-text-" + id)).containsText("Puolet kävijöistä");
            organiser.locator("#goal-status-" + id + " vaadin-radio-button").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("Toteutui osittain")).click();
            organiser.locator("#goal-comment-" + id + " textarea").fill("Vastaajia oli 7, kävijöitä enemmän.");
            organiser.locator("#goal-figures-" + id + " vaadin-checkbox").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("Loppukysymyksiin vastanneita")).click();
            organiser.locator("#goal-save-" + id).click();

            assertThat(organiser.locator("#goal-shown-figures-" + id)).containsText("Loppukysymyksiin vastanneita");
            EventGoal marked = goals.ofEvent(sample.requireId()).stream().filter(g -> g.requireId() == id)
                    .findFirst().orElseThrow();
            assertThat(marked.status()).isEqualTo(GoalStatus.PARTLY);
            assertThat(marked.comment()).isEqualTo("Vastaajia oli 7, kävijöitä enemmän.");
            assertThat(marked.figureKeys()).containsExactly("closing-respondents");
            organiser.locator("#goal-" + id).scrollIntoViewIfNeeded();
            screenshot(organiser, "evaluation-organiser-goal");
            organiser.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("evaluation-organiser-page.png")));
            organiser.locator("#evaluation-results").scrollIntoViewIfNeeded();
            screenshot(organiser, "evaluation-organiser-results");

            Download report = organiser.waitForDownload(() -> organiser.locator("#evaluation-report-pdf").click());
            byte[] pdf = Files.readAllBytes(report.path());
            Files.write(SCREENSHOTS.resolve("evaluation-report.pdf"), pdf);
            // Lines wrap where the page ends them: compared as running text.
            String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Arviointiraportti: " + sample.name(), "Puolet kävijöistä vastaa loppukysymyksiin.",
                    "Arvio: Toteutui osittain", "Vastaajia oli 7, kävijöitä enemmän.", "Vastasiko päivä tarpeitasi?");
            Download xlsx = organiser.waitForDownload(() -> organiser.locator("#closing-xlsx").click());
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
                var sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Vastasiko päivä tarpeitasi?");
                assertThat(sheet.getLastRowNum()).isEqualTo(closing.respondents(sample.requireId()));
            }
            List<ClosingResult> results = closing.results(sample.requireId());
            assertThat(organiser.locator("#closing-result-" + needs.requireId()))
                    .containsText(closing.summary(results.getFirst(), java.util.Locale.of("fi")));
        } finally {
            goals.ofEvent(sample.requireId()).stream().filter(g -> !goalsBefore.contains(g.requireId()))
                    .forEach(g -> goals.remove(g.requireId()));
        }
    }

    private List<String> submissions() {
        return jdbc.sql("select submission from closing_respondent where event_id = ?").param(sample.requireId())
                .query(String.class).list();
    }

    private List<String> added() {
        return submissions().stream().filter(s -> !submissionsBefore.contains(s)).toList();
    }

    private List<String> answersOf(String submission) {
        return jdbc.sql("select question_id, choice, answer_text, channel from closing_answer where submission = ?")
                .param(submission).query((rs, n) -> rs.getLong(1) + ":" + rs.getObject(2) + ":" + rs.getString(3)
                        + ":" + rs.getString(4)).list();
    }
}
