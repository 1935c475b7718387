package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.session.Session;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every visitor flow at the stand has a way on: Done on each screen goes back to the wall, a completed flow goes
 * back by itself after the thanks, and the next person finds nothing of the one before (no vote pressed, no text,
 * no badge code, Finnish again). On the stand's screen and on a phone.
 */
class KioskFlowsIT extends BrowserTest {

    private static final Pattern WALL = Pattern.compile("https?://[^/]+/(\\?.*)?$");
    // The stand's thanks time (7 s by default) and a margin for a busy box.
    private static final LocatorAssertions.IsVisibleOptions AFTER_THANKS =
            new LocatorAssertions.IsVisibleOptions().setTimeout(14_000);

    @Autowired Slips slips;
    @Autowired Lines lines;
    @Autowired ThisStand stand;

    private Page screen(String size) {
        return size.equals("1920x1080") ? standScreen() : phone();
    }

    /** Done is there, big enough to hit, in the screen's language, and ends the visit on the wall in Finnish. */
    private static void done(Page page, String expectedText) {
        Locator done = page.locator("#done");
        assertThat(done).isVisible();
        assertThat(done).containsText(expectedText);
        BoundingBox box = done.boundingBox();
        assertThat(box.height).isGreaterThanOrEqualTo(48);
        assertThat(box.width).isGreaterThanOrEqualTo(48);
        done.click();
    }

    private static void onTheWallAsANewVisitor(Page page) {
        assertThat(page).hasURL(WALL);
        assertThat(page.locator("#wall")).isVisible();
        assertThat(page.locator("#done")).isHidden();
        assertThat(page.locator("html")).hasAttribute("lang", "fi");
        assertThat(page.locator("#lang-fi")).hasAttribute("aria-pressed", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1920x1080", "390x844"})
    void a_slip_half_written_asks_before_done_throws_it_away_and_a_pegged_one_is_shown_to_its_writer(String size) {
        Page page = screen(size);
        page.navigate("/");
        page.locator("#start-report").click();
        // A busy 2-core box may draw the first form of a fresh server slowly (FirstTap in the report measures it).
        page.locator("#slip-title input").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        page.locator("#lang-sv").click();
        page.locator("#slip-title input").fill("Puoliksi kirjoitettu");

        done(page, "Klar");
        assertThat(page.locator("#confirm-cancel")).isVisible();
        screenshot(page, "flow-report-done-asks-" + size);
        page.locator("#confirm-cancel").click();
        assertThat(page.locator("#slip-title input")).hasValue("Puoliksi kirjoitettu");
        page.locator("#done").click();
        page.locator("#confirm-ok").click();
        onTheWallAsANewVisitor(page);

        page.locator("#start-report").click();
        assertThat(page.locator("#slip-title input")).hasValue("");
        String title = "Oma lappu " + size;
        page.locator("#slip-title input").fill(title);
        page.locator("#slip-body textarea").fill("Kirjoittaja näkee lappunsa narulla.");
        page.locator("#slip-organisation input").fill("Narun kirjoittajat ry");
        page.locator("#slip-other").click();
        page.locator("#slip-preview").click();
        page.locator("#slip-pin").click();
        assertThat(page.locator("#slip-thanks")).isVisible();
        screenshot(page, "flow-report-thanks-" + size);

        // Back by itself after the thanks, the writer's slip marked and in view on its line.
        assertThat(page.locator("#wall")).isVisible(AFTER_THANKS);
        onTheWallAsANewVisitor(page);
        Locator mine = page.locator(".slip--yours");
        assertThat(mine).hasCount(1);
        assertThat(mine).containsText(title);
        assertThat(mine).containsText("Sinun lappusi");
        assertThat(mine).isInViewport();
        screenshot(page, "flow-report-pinned-" + size);
        // The next visitor, who may find the attract loop on by now.
        page.navigate("/");
        page.locator("#start-report").click();
        assertThat(page.locator("#slip-title input")).hasValue("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1920x1080", "390x844"})
    void feedback_at_the_stand_leaves_no_vote_for_the_next_visitor_after_done_or_after_the_thanks(String size) {
        Session session = sampleSession("Digituki lähellä ihmistä");
        Page page = screen(size);
        page.navigate("/scan");
        page.locator("#lang-en").click();
        done(page, "Done");
        onTheWallAsANewVisitor(page);

        page.navigate("/scan");
        page.locator("#scan-code input").fill(session.token());
        page.locator("#scan-open").click();
        assertThat(page.locator("h1")).hasText(session.title());
        page.locator("#vote-p2").click();
        assertThat(page.locator("#vote-p2")).hasAttribute("aria-pressed", "true");
        screenshot(page, "flow-feedback-voted-" + size);
        done(page, "Valmis");
        onTheWallAsANewVisitor(page);

        page.navigate("/feedback/" + session.token());
        assertThat(page.locator("h1")).hasText(session.title());
        assertThat(page.locator("#kiosk-feedback [aria-pressed='true']")).hasCount(0);
        assertThat(page.locator("#feedback-comment")).isHidden();
        screenshot(page, "flow-feedback-next-visitor-" + size);

        page.locator("#vote-m1").click();
        page.locator("#feedback-comment textarea").fill("Seuraavan kävijän kommentti");
        page.locator("#feedback-send").click();
        assertThat(page.locator("#kiosk-result")).isVisible();
        assertThat(page.locator("#wall")).isVisible(AFTER_THANKS);
        onTheWallAsANewVisitor(page);
        page.navigate("/feedback/" + session.token());
        assertThat(page.locator("h1")).hasText(session.title());
        assertThat(page.locator("#kiosk-feedback [aria-pressed='true']")).hasCount(0);
        assertThat(page.getByText("Seuraavan kävijän kommentti")).hasCount(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1920x1080", "390x844"})
    void the_programme_has_a_way_back(String size) {
        Page page = screen(size);
        page.navigate("/");
        page.locator("#open-programme").click();
        assertThat(page.locator("#programme")).isVisible();
        screenshot(page, "flow-programme-" + size);
        done(page, "Valmis");
        onTheWallAsANewVisitor(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1920x1080", "390x844"})
    void registering_leaves_no_name_or_badge_code_for_the_next_visitor(String size) {
        Page page = screen(size);
        page.navigate("/");
        page.locator("#start-register").click();
        page.locator("#lang-sv").click();
        page.locator("#register-name input").fill("Keskeyttävä Kalle");
        done(page, "Klar");
        onTheWallAsANewVisitor(page);
        page.locator("#start-register").click();
        assertThat(page.locator("#register-name input")).hasValue("");

        page.locator("#register-name input").fill("Valmis Ville " + size);
        page.locator("#register-submit").click();
        assertThat(page.locator("#register-code")).isVisible();
        screenshot(page, "flow-register-thanks-" + size);
        assertThat(page.locator("#wall")).isVisible(AFTER_THANKS);
        onTheWallAsANewVisitor(page);
        page.navigate("/");
        page.locator("#start-register").click();
        assertThat(page.locator("#register-name input")).hasValue("");
        assertThat(page.locator("#register-code")).isHidden();
        assertThat(page.getByText("Valmis Ville")).hasCount(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1920x1080", "390x844"})
    void a_slips_own_page_has_a_way_to_the_wall(String size) {
        Line line = lines.shown(stand.event().requireId(), stand.current().lineCodes()).getLast();
        Slip slip = slips.peg(line.requireId(), SlipDraft.answer("Kuitin lappu " + size, null, null), "e2e");
        Page page = screen(size);
        page.navigate("/slip/" + slip.requireId());
        page.locator("#slip-page").waitFor();
        assertThat(page.locator("#slip-page")).containsText("Kuitin lappu");
        screenshot(page, "flow-slip-page-" + size);
        done(page, "Valmis");
        onTheWallAsANewVisitor(page);
    }
}
