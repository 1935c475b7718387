package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every visitor flow at the stand completed with a physical keyboard or a switch alone: Tab, Shift+Tab, Enter,
 * Space and the arrows; no click, no tap. At every stop the focus is visible (a thick outline on the focused control
 * or the component around it), the skip link is the first stop on a fresh screen, and after each step the focus
 * lands on the new step instead of falling back to the top of the page.
 */
class KeyboardOnlyIT extends BrowserTest {

    /** More stops than any visitor screen has in front of its last control: the wall, with its lines, has most. */
    private static final int MAX_STOPS = 60;

    @Autowired Slips slips;
    @Autowired Feedback feedback;
    @Autowired Registrations registrations;
    @Autowired Lines lines;
    @Autowired ThisStand stand;

    /** The focused element, seen through open shadow roots, as "tag#id.class" with the ids of its ancestors. */
    private static final String FOCUSED = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              if (!a || a === document.body) return 'body';
              const path = [];
              for (let e = a; e && e !== document.body; e = e.parentElement || e.getRootNode().host) {
                path.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
              }
              return path.join(' < ');
            }""";

    /**
     * Whether the focused control shows it: a solid outline of at least 3 px on it or on one of the two components
     * around it (a Vaadin field draws the ring on the field, not on its inner input), in a colour that is not
     * transparent.
     */
    private static final String FOCUS_VISIBLE = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              if (!a || a === document.body) return false;
              let e = a;
              for (let i = 0; i < 4 && e; i++) {
                const s = getComputedStyle(e);
                if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 3
                    && !/rgba\\(.*, 0\\)$/.test(s.outlineColor) && s.outlineColor !== 'transparent') return true;
                e = e.parentElement || (e.getRootNode() && e.getRootNode().host);
              }
              return false;
            }""";

    /** Whether the focused element is one the visitor can see. */
    private static final String FOCUS_SHOWN = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              return !!a && a !== document.body && a.checkVisibility();
            }""";

    /** Whether the focused element is, or is inside, the element the selector finds. */
    private static final String FOCUS_IN = """
            selector => {
              const target = document.querySelector(selector);
              if (!target) return false;
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              for (let e = a; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                if (e === target) return true;
              }
              return false;
            }""";

    private static String focused(Page page) {
        return (String) page.evaluate(FOCUSED);
    }

    private static boolean focusIn(Page page, String selector) {
        return Boolean.TRUE.equals(page.evaluate(FOCUS_IN, selector));
    }

    /** Tab (forward) or Shift+Tab until the focus is on the selector's element, each stop visibly focused. */
    private static void tabTo(Page page, String selector, boolean forward) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < MAX_STOPS; i++) {
            page.keyboard().press(forward ? "Tab" : "Shift+Tab");
            String stop = focused(page);
            stops.add(stop);
            if (!"body".equals(stop) && !Boolean.TRUE.equals(page.evaluate(FOCUS_VISIBLE))) {
                fail("Focus is not visible on " + stop + " (after " + stops + ")");
            }
            if (focusIn(page, selector)) {
                return;
            }
        }
        fail(selector + " was not reached with " + (forward ? "Tab" : "Shift+Tab") + " in " + MAX_STOPS
                + " stops: " + stops);
    }

    private static void tabTo(Page page, String selector) {
        tabTo(page, selector, true);
    }

    /**
     * Focus was moved to the new step's heading or first control: not left on the page's body, nor on the control
     * that moved the visitor on, now hidden with its step (from there the next Tab would start from a step gone).
     */
    private static void focusMovedInto(Page page, String selector) {
        page.waitForFunction("s => (" + FOCUS_IN + ")(s) && (" + FOCUS_SHOWN + ")()", selector);
    }

    /** The wall; a fresh server on a busy 2-core box may take long to draw its first page. */
    private static void openWall(Page page) {
        page.navigate("/", new Page.NavigateOptions().setTimeout(60_000));
        page.locator("#wall").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
    }

    /** The first stop of a fresh screen is the skip link, shown when focused, and it leads into the main content. */
    private static void skipToContent(Page page) {
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-to-content")).isFocused();
        assertThat(page.locator("#skip-to-content")).isInViewport();
        assertThat(page.locator("#skip-to-content")).hasText("Siirry sisältöön");
        assertThat((Boolean) page.evaluate(FOCUS_VISIBLE)).isTrue();
        page.keyboard().press("Enter");
        assertThat((Boolean) page.evaluate("() => document.querySelector('main').contains(document.activeElement)"))
                .as("focus after the skip link: %s", focused(page)).isTrue();
    }

    @Test
    void a_slip_is_reported_from_the_wall_to_pegged_with_the_keyboard_alone() {
        Page page = standScreen();
        openWall(page);
        skipToContent(page);
        // The slips of a line are one stop: the arrows move along it, so the drum is a few stops away.
        tabTo(page, "#start-report");
        screenshot(page, "keys-wall-drum-focused");
        page.keyboard().press("Enter");
        page.locator("#slip-title input").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setTimeout(30_000));
        tabTo(page, "#slip-title");
        page.keyboard().type("Näppäimistöllä kirjoitettu");
        tabTo(page, "#slip-body");
        page.keyboard().type("Koko lappu ilman hiirtä.");
        tabTo(page, "#slip-organisation");
        page.keyboard().type("Näppäilijät ry");
        // Whose practice: a radio group, chosen with the arrows as radios are.
        tabTo(page, "#slip-own");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#slip-other")).hasAttribute("aria-checked", "true");
        assertThat(page.locator("#slip-other")).isFocused();
        assertThat(page.locator("#slip-own")).hasAttribute("aria-checked", "false");
        screenshot(page, "keys-report-form");
        tabTo(page, "#slip-preview");
        page.keyboard().press("Enter");
        focusMovedInto(page, "#report");
        assertThat(page.locator("#slip-pin")).isVisible();
        tabTo(page, "#slip-pin");
        screenshot(page, "keys-report-preview");
        page.keyboard().press(" ");
        assertThat(page.locator("#slip-thanks")).isVisible();
        focusMovedInto(page, "#slip-thanks");
        screenshot(page, "keys-report-thanks");
        long eventId = events.current().orElseThrow().requireId();
        assertThat(java.util.Arrays.stream(SlipStatus.values()).flatMap(st -> slips.withStatus(eventId, st, 500).stream())
                .anyMatch(s -> s.title().equals("Näppäimistöllä kirjoitettu"))).isTrue();
        tabTo(page, "#slip-done");
        page.keyboard().press("Enter");
        assertThat(page.locator("#wall")).isVisible();
    }

    @Test
    void feedback_is_given_at_the_stand_with_the_keyboard_alone() {
        Session session = sampleSession("Digituki lähellä ihmistä");
        long before = feedback.result(session).count();
        Page page = standScreen();
        openWall(page);
        skipToContent(page);
        tabTo(page, "#scan-session");
        page.keyboard().press("Enter");
        page.locator("#scan-code").waitFor();
        tabTo(page, "#scan-code");
        page.keyboard().type(session.token());
        tabTo(page, "#scan-open");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText(session.title());
        assertThat(page.locator("h1")).hasCount(1);
        // The faces are drawn, not left to an emoji font the stand may not have.
        assertThat(page.locator("#vote-p2 svg")).hasCount(1);
        tabTo(page, "#vote-p1");
        page.keyboard().press("Enter");
        assertThat(page.locator("#vote-p1")).hasAttribute("aria-pressed", "true");
        screenshot(page, "keys-feedback-voted");
        tabTo(page, "#feedback-comment");
        page.keyboard().type("Näppäimistöllä annettu palaute");
        tabTo(page, "#feedback-send");
        page.keyboard().press("Enter");
        assertThat(page.locator("#kiosk-result")).isVisible();
        assertThat(page.locator("#feedback-sent")).isVisible();
        focusMovedInto(page, "#feedback-sent");
        // Said to a screen reader as it changes.
        assertThat(page.locator("#kiosk-result-live")).hasAttribute("aria-live", "polite");
        screenshot(page, "keys-feedback-sent");
        assertThat(feedback.result(session).count()).isEqualTo(before + 1);
    }

    @Test
    void a_visitor_registers_with_the_keyboard_alone() {
        Page page = standScreen();
        openWall(page);
        skipToContent(page);
        tabTo(page, "#start-register");
        page.keyboard().press("Enter");
        page.locator("#register-name").waitFor();
        tabTo(page, "#register-name");
        page.keyboard().type("Näppäilevä Noora");
        tabTo(page, "#register-organisation");
        page.keyboard().type("Näppäilijät ry");
        // A select opens with the arrow key and takes its choice with Enter.
        tabTo(page, "#register-organisation-type");
        page.keyboard().press("ArrowDown");
        page.locator("vaadin-select-overlay, vaadin-select-list-box").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        tabTo(page, "#register-lang-sv");
        page.keyboard().press(" ");
        assertThat(page.locator("#register-lang-sv")).hasAttribute("aria-pressed", "true");
        // Back one stop and on again: Shift+Tab walks the same order backwards.
        tabTo(page, "#register-lang-fi", false);
        tabTo(page, "#register-consent");
        page.keyboard().press(" ");
        assertThat(page.locator("#register-consent")).hasAttribute("checked", "");
        screenshot(page, "keys-register-form");
        tabTo(page, "#register-submit");
        page.keyboard().press("Enter");
        assertThat(page.locator("#register-thanks")).isVisible();
        focusMovedInto(page, "#register-thanks");
        screenshot(page, "keys-register-thanks");
        Registration noora = registrations.all(events.current().orElseThrow()).stream().filter(r -> r.name().equals("Näppäilevä Noora"))
                .findFirst().orElseThrow();
        assertThat(noora.organisation()).isEqualTo("Näppäilijät ry");
        assertThat(noora.organisationType()).as("chosen in the select with the arrows").isNotNull();
        assertThat(noora.languages()).contains("sv");
        tabTo(page, "#register-done");
        page.keyboard().press("Enter");
        assertThat(page.locator("#wall")).isVisible();
    }

    @Test
    void the_wall_says_new_slips_and_its_lines_move_with_the_arrows() {
        Page page = standScreen();
        openWall(page);
        assertThat(page.locator("main h1")).hasCount(1);
        assertThat(page.locator("#wall-live")).hasAttribute("aria-live", "polite");
        // One stop per line: the first slip; the arrows go along.
        String first = page.locator(".line-slips").first().locator("[data-slip]").first().getAttribute("data-slip");
        tabTo(page, ".line-slips [data-slip='" + first + "']");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".line-slips").first().locator("[data-slip]").nth(1)).isFocused();
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator(".line-slips").first().locator("[data-slip]").first()).isFocused();

        Line line = lines.shown(stand.event().requireId(), stand.current().lineCodes()).stream()
                .filter(l -> l.takesSlips() && l.kind() == LineKind.ANSWER).findFirst().orElseThrow();
        slips.peg(line.requireId(), SlipDraft.answer("Juuri ripustettu lappu", null, null), "e2e");
        assertThat(page.locator("#wall-live")).containsText("Juuri ripustettu lappu");
    }
}
