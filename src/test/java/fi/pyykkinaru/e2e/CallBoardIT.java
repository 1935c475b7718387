package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.pyykkinaru.call.BoardTestData;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.ProposalStatus;
import fi.pyykkinaru.call.ReviewBoard;
import fi.pyykkinaru.call.Reviewer;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review board in a real browser, at the stand's 1920×1080 and on a 390×844 phone: an organiser opens a call on
 * the sample event, proposals come in, another reviewer has scored one, the organiser scores it, chooses it with
 * the template message and puts it on the programme, where it appears. The sample event is left without the call.
 */
class CallBoardIT extends BrowserTest {

    private static final String TITLE = "Kutomon kokeilu";

    @Autowired Calls calls;
    @Autowired ReviewBoard board;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void leaveTheSampleEventAsItWas() {
        Event sample = sample();
        BoardTestData.removeCalls(context, sample.requireId());
    }

    private Event sample() {
        return events.bySlug("sample").orElseThrow();
    }

    @Test
    void an_organiser_reviews_chooses_and_schedules_on_the_stand_screen() {
        walk(standScreen(), "1920x1080");
    }

    @Test
    void an_organiser_reviews_chooses_and_schedules_on_a_phone() {
        walk(phone(), "phone");
    }

    @Test
    void a_visitor_does_not_reach_the_board() {
        Page kiosk = standScreen();
        kiosk.navigate("/staff/call");
        assertThat(kiosk.locator("vaadin-login-form")).isVisible();
        assertThat(kiosk.locator("#proposal-grid, #call-open")).hasCount(0);
    }

    private void walk(Page page, String size) {
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        logIn(page, "/staff/call");
        assertThat(page.locator("#call-none")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.locator("#call-open-kind")).isVisible();
        screenshot(page, "call-board-empty-" + size);
        touchTarget(page.locator("#call-open"), "#call-open");

        page.locator("#call-open").click();
        // The call's editor opens at once over the board; the organiser keeps the defaults for now.
        page.keyboard().press("Escape");
        assertThat(page.locator("#proposal-grid")).isVisible();
        assertThat(page.locator("#call-address")).hasAttribute("href",
                java.util.regex.Pattern.compile(".*/call/sample$"));
        Call call = calls.ofEvent(sample().requireId()).getFirst();
        BoardTestData.proposal(context, call, TITLE, "Kaisa Kutoja", ProposalStatus.SUBMITTED,
                Map.of("idea", "Kudotaan yhdessä yhteisö, jossa jokainen lanka kertoo yhden hyvän käytännön.",
                        "why", "Koska tapahtuma kokoaa tekijät.", "how", "Työpaja", "interaction", "Kaikki kutovat"));
        BoardTestData.proposal(context, call, "Lukupiiri päättäjille", "Leena Lukija", ProposalStatus.SUBMITTED,
                Map.of("idea", "Päättäjät lukevat kentän kertomuksia.", "why", "Jotta kuulisivat."));
        BoardTestData.proposal(context, call, "Keskeneräinen", "Kalle Kesken", ProposalStatus.DRAFT, Map.of());
        long proposalId = board.board(call, new Reviewer("organiser", true, false)).rows().stream()
                .filter(r -> TITLE.equals(r.proposal().title())).findFirst().orElseThrow().proposal().requireId();
        board.saveReview(proposalId, new Reviewer("bertil", false, true), BoardTestData.scores(call, 5), "Upea idea");
        page.reload();

        Locator grid = page.locator("#proposal-grid");
        assertThat(grid).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.locator("#call-counts")).hasText("2 ehdotusta, 0 valittu · 1 keskeneräinen luonnos");
        assertThat((Number) grid.evaluate("g => g.size")).isEqualTo(3);
        fullPage(page, "call-board-list-" + size);

        grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(TITLE)).first().click();
        assertThat(page.locator("#proposal-detail")).isVisible();
        assertThat(page.locator("#proposal-contact")).containsText("Kaisa Kutoja");
        for (String criterion : List.of("aim", "interaction", "novelty", "smaller-actors")) {
            assertThat(page.locator("#score-" + criterion)).isVisible();
        }
        touchTarget(page.locator("#score-aim [part~='increase-button']"), "the score's + button");
        touchTarget(page.locator("#score-aim [part~='decrease-button']"), "the score's - button");
        page.locator("#score-aim input").fill("4");
        page.locator("#score-interaction input").fill("5");
        page.locator("#score-novelty input").fill("3");
        fullPage(page, "call-board-scoring-" + size);
        page.locator("#review-save").click();
        assertThat(page.locator("#score-smaller-actors")).hasAttribute("invalid", "");
        assertThat(page.locator("#score-aim input")).hasValue("4");
        page.locator("#score-smaller-actors [part~='increase-button']").click();
        page.locator("#score-smaller-actors [part~='increase-button']").click();
        page.locator("#review-comment textarea").fill("Hyvä, vuorovaikutus mietitty.");
        page.locator("#review-save").click();
        assertThat(page.locator("#review-list")).containsText("Hyvä, vuorovaikutus mietitty.");
        assertThat(page.locator("#review-list")).containsText("bertil");
        assertThat(page.locator("#review-list")).containsText("Upea idea");
        assertThat(page.locator("#review-means")).containsText("4,5");
        page.locator("#review-save").scrollIntoViewIfNeeded();
        screenshot(page, "call-board-reviewed-" + size);

        page.locator("#proposal-choose").click();
        assertThat(page.locator("#decision-message textarea")).hasValue(
                java.util.regex.Pattern.compile("Kiitos ehdotuksestasi.*", java.util.regex.Pattern.DOTALL));
        assertThat(page.locator("#decision-email")).containsText("kaisa.kutoja@example.org");
        touchTarget(page.locator("#decision-copy"), "#decision-copy");
        screenshot(page, "call-board-decision-" + size);
        page.locator("#decision-confirm").click();
        assertThat(page.locator("#proposal-status")).hasText("Valittu");
        assertThat(page.locator("#call-counts")).containsText("1 valittu");

        page.locator("#proposal-to-programme").click();
        assertThat(page.locator("#programme-title input")).hasValue(TITLE);
        page.locator("#programme-start input").fill("10:00");
        page.locator("#programme-start input").press("Enter");
        page.locator("#programme-end input").fill("11:00");
        page.locator("#programme-end input").press("Enter");
        page.locator("#programme-room input").fill("Sali 2");
        screenshot(page, "call-board-programme-" + size);
        page.locator("#programme-save").click();
        assertThat(page.locator("#to-programme-dialog")).hasCount(0);
        Session session = sessions.programme(sample().requireId()).stream().filter(s -> s.title().equals(TITLE))
                .findFirst().orElseThrow();
        assertThat(session.origin()).isEqualTo(SessionOrigin.OPEN_CALL);
        assertThat(session.responsibleName()).isEqualTo("Kaisa Kutoja");
        assertThat(session.room()).isEqualTo("Sali 2");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("nothing runs off the side").isTrue();

        page.navigate("/programme");
        assertThat(page.locator("#programme")).containsText(TITLE);
        screenshot(page, "call-board-on-programme-" + size);
        assertThat(errors).as("no errors in the browser").isEmpty();
    }

    /** The whole page: on a phone the opened proposal is below the list. */
    private static void fullPage(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static void touchTarget(Locator locator, String what) {
        var box = locator.boundingBox();
        assertThat(box).as(what).isNotNull();
        assertThat(box.height).as(what + " is a touch target").isGreaterThanOrEqualTo(48);
        assertThat(box.width).as(what + " is a touch target").isGreaterThanOrEqualTo(48);
    }
}
