package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Contrast;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.List;
import java.util.Map;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The visitor's accessibility modes (the button with the accessibility symbol on every kiosk screen and its panel):
 * larger text, high contrast, no motion, low reach and speech, each drawn as it should be at a stand's 1920×1080
 * and on a 390×844 phone, and all of them gone when the visit ends.
 */
class AccessibilityModesIT extends BrowserTest {

    private static final String REPORT = "/report/hyva-kaytanto";
    private static final List<String> MODES = List.of("pk-a11y-large", "pk-a11y-contrast", "pk-a11y-still",
            "pk-a11y-low-reach", "pk-a11y-speech");

    /** The visible controls a visitor can reach, each with its box; what a scrolled box clips away is left out. */
    private static final String CONTROLS = """
            within => {
              const sel = 'button, vaadin-button, a[href], input, textarea, select, vaadin-select, vaadin-checkbox,'
                + ' [role=button], [role=link], [role=tab]';
              const up = el => el.parentElement || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
              const out = [];
              for (const el of document.querySelectorAll(sel)) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
                if (el.closest('[inert], [aria-hidden=true]') || (within && !el.closest(within))) continue;
                let top = 0, left = 0, bottom = innerHeight, right = innerWidth;
                // What its scrolling containers show of it (a slip further along a line is scrolled to, not lost).
                let shownLeft = -Infinity, shownRight = Infinity;
                for (let p = up(el); p && p !== document.documentElement; p = up(p)) {
                  const s = getComputedStyle(p);
                  if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
                    const c = p.getBoundingClientRect();
                    top = Math.max(top, c.top); left = Math.max(left, c.left);
                    bottom = Math.min(bottom, c.bottom); right = Math.min(right, c.right);
                    shownLeft = Math.max(shownLeft, c.left); shownRight = Math.min(shownRight, c.right);
                  }
                }
                if (r.bottom <= top + 1 || r.top >= bottom - 1 || r.right <= left + 1 || r.left >= right - 1) continue;
                const label = el.shadowRoot && el.shadowRoot.querySelector('[part=label]');
                out.push({
                  name: (el.id ? '#' + el.id + ' ' : '') + el.tagName.toLowerCase() + ' '
                    + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40),
                  top: r.top, left: Math.max(r.left, shownLeft), right: Math.min(r.right, shownRight), bottom: r.bottom,
                  cut: label ? label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 2
                      || el.scrollHeight > el.clientHeight + 2 : false
                });
              }
              return out;
            }""";

    /** A first page on a loaded 2-core box takes longer than Playwright's 5 s to draw. */
    @BeforeAll
    static void patience() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void usualPatience() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void every_kiosk_screen_has_the_button_low_in_a_corner_and_it_opens_the_panel() {
        for (Page page : List.of(present(standScreen()), present(phone()))) {
            String size = page.viewportSize().width + "x" + page.viewportSize().height;
            for (String screen : List.of("/", REPORT, "/register", "/programme")) {
                page.navigate(screen, new Page.NavigateOptions().setTimeout(60_000));
                Locator button = page.locator("#a11y-open");
                assertThat(button).isVisible();
                assertThat(button).hasAttribute("aria-label", "Saavutettavuus: suurempi teksti, kontrasti, liike, ulottuvuus ja puhe");
                BoundingBox box = button.boundingBox();
                assertThat(box.width).as("touch target on " + screen + " " + size).isGreaterThanOrEqualTo(56);
                assertThat(box.height).as("touch target on " + screen + " " + size).isGreaterThanOrEqualTo(56);
                assertThat(box.y + box.height).as("bottom corner on " + screen + " " + size)
                        .isGreaterThan(page.viewportSize().height * 0.85);
                assertThat(box.x).as("left corner on " + screen).isLessThan(40);
            }
            page.navigate(REPORT);
            tap(page.locator("#a11y-open"));
            for (String id : List.of("a11y-large-text", "a11y-contrast", "a11y-motion", "a11y-low-reach", "a11y-speech",
                    "a11y-speech-rate-slow", "a11y-speech-rate-normal", "a11y-speech-rate-fast")) {
                Locator toggle = page.locator("#" + id);
                assertThat(toggle).isVisible();
                BoundingBox box = toggle.boundingBox();
                assertThat(box.height).as(id + " touch target " + size).isGreaterThanOrEqualTo(56);
            }
            assertThat(page.locator("#a11y-large-text")).hasAttribute("aria-pressed", "false");
            assertThat(page.locator("#a11y-speech-rate-normal")).hasAttribute("aria-pressed", "true");
            screenshot(page, "a11y-panel-" + size);
            tap(page.locator("#a11y-speech"));
            assertThat(page.locator("#a11y-speech")).hasAttribute("aria-pressed", "true");
            assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("\\bpk-a11y-speech\\b"));
            tap(page.locator("#a11y-speech-rate-fast"));
            assertThat(page.locator("html")).hasAttribute("data-pk-speech-rate", "1.4");
            tap(page.locator("#a11y-close"));
            assertThat(page.locator("#a11y-close")).isHidden();
        }
    }

    @Test
    void large_text_doubles_the_type_and_loses_nothing_on_a_stand_or_a_phone() {
        for (Page page : List.of(present(withoutMotion(false)), present(withoutMotion(true)))) {
            String size = page.viewportSize().width + "x" + page.viewportSize().height;
            for (String screen : List.of("/", REPORT)) {
                page.navigate(screen, new Page.NavigateOptions().setTimeout(60_000));
                assertThat(page.locator("#a11y-open")).isVisible();
                double before = fontSize(page, ".kiosk-main");
                choose(page, "a11y-large-text");
                assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("\\bpk-a11y-large\\b"));
                double after = fontSize(page, ".kiosk-main");
                assertThat(after / before).as("text size on " + screen + " " + size).isGreaterThanOrEqualTo(2.0);
                String name = "a11y-large" + screen.replaceAll("[^a-z0-9]+", "-") + size;
                screenshot(page, name);
                assertNothingLost(page, screen + " " + size);
                if (screen.equals(REPORT)) {
                    page.locator(".kiosk-main").evaluate(
                            "m => { m.scrollTop = m.scrollHeight; scrollTo(0, document.documentElement.scrollHeight); }");
                    screenshot(page, name + "-end");
                    assertNothingLost(page, screen + " scrolled " + size);
                }
                // The panel itself at twice the size.
                tap(page.locator("#a11y-open"));
                assertThat(page.locator("#a11y-close")).isVisible();
                screenshot(page, "a11y-large-panel-" + size);
                assertNothingLost(page, "panel " + size);
                tap(page.locator("#a11y-large-text"));
                tap(page.locator("#a11y-close"));
                assertThat(page.locator("html")).not().hasClass(java.util.regex.Pattern.compile("\\bpk-a11y-large\\b"));
            }
        }
    }

    private static void assertNothingLost(Page page, String where) {
        int width = ((Number) page.evaluate("() => innerWidth")).intValue();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on " + where).isLessThanOrEqualTo(width);
        assertThat(((Number) page.evaluate("() => { const m = document.querySelector('.kiosk-main'); "
                + "return m.scrollWidth - m.clientWidth; }")).intValue())
                .as("no sideways scrolling in the screen on " + where).isLessThanOrEqualTo(0);
        List<Map<String, Object>> controls = controls(page);
        assertThat(controls).as("controls on " + where).isNotEmpty();
        assertThat(controls.stream().filter(c -> Boolean.TRUE.equals(c.get("cut"))).map(c -> c.get("name")).toList())
                .as("buttons whose text is cut on " + where).isEmpty();
        assertThat(controls.stream().filter(c -> ((Number) c.get("right")).doubleValue() > width + 1
                || ((Number) c.get("left")).doubleValue() < -1).map(c -> c.get("name")).toList())
                .as("controls out of the screen sideways on " + where).isEmpty();
    }

    @Test
    void high_contrast_gives_all_text_seven_to_one_from_the_panel_or_from_the_device() {
        Page stand = present(withoutMotion(false));
        Page phone = present(withoutMotion(true));
        for (Page page : List.of(stand, phone)) {
            String size = page.viewportSize().width + "x" + page.viewportSize().height;
            page.navigate("/", new Page.NavigateOptions().setTimeout(60_000));
            assertThat(page.locator(".slip").first()).isVisible();
            choose(page, "a11y-contrast");
            assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("\\bpk-a11y-contrast\\b"));
            screenshot(page, "a11y-contrast-wall-" + size);
            assertThat(enhancedContrast(page)).as("wall " + size).isEmpty();
            tap(page.locator("#a11y-open"));
            assertThat(page.locator("#a11y-close")).isVisible();
            assertThat(enhancedContrast(page)).as("panel " + size).isEmpty();
            tap(page.locator("#a11y-close"));
            page.navigate(REPORT);
            assertThat(page.locator("#slip-title")).isVisible();
            tap(page.locator("#slip-preview"));
            assertThat(page.locator("#slip-title")).hasAttribute("invalid", "");
            screenshot(page, "a11y-contrast-report-" + size);
            assertThat(enhancedContrast(page)).as("report form with errors " + size).isEmpty();
        }

        // A device set to "increase contrast" gets the same palette on the kiosk and on staff pages, unasked.
        Page asked = newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setLocale("fi-FI")
                .setReducedMotion(ReducedMotion.REDUCE).setContrast(Contrast.MORE)).newPage();
        present(asked);
        asked.navigate("/", new Page.NavigateOptions().setTimeout(60_000));
        assertThat(asked.locator(".slip").first()).isVisible();
        screenshot(asked, "a11y-prefers-contrast-wall-1920x1080");
        assertThat(enhancedContrast(asked)).as("wall, prefers-contrast").isEmpty();
        asked.navigate("/login");
        assertThat(asked.locator("vaadin-login-form")).isVisible();
        screenshot(asked, "a11y-prefers-contrast-login-1920x1080");
        assertThat(enhancedContrast(asked)).as("login, prefers-contrast").isEmpty();
        logIn(asked, "/staff");
        assertThat(asked.locator("h1").first()).isVisible();
        screenshot(asked, "a11y-prefers-contrast-staff-1920x1080");
        assertThat(enhancedContrast(asked)).as("staff, prefers-contrast").isEmpty();
    }

    @Test
    void still_stops_everything_that_moves_by_itself() {
        Page page = present(standScreen());
        page.navigate("/", new Page.NavigateOptions().setTimeout(60_000));
        assertThat(page.locator(".slip").first()).isVisible();
        assertThat(runningAnimations(page)).as("the wall sways as it is").isPositive();
        choose(page, "a11y-motion");
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("\\bpk-a11y-still\\b"));
        assertThat(runningAnimations(page)).as("animations and transitions with still on").isZero();
        tap(page.locator("#a11y-open"));
        assertThat(page.locator("#a11y-close")).isVisible();
        assertThat(runningAnimations(page)).as("the panel opens without motion").isZero();
        tap(page.locator("#a11y-close"));
        page.navigate(REPORT);
        assertThat(page.locator("#slip-title")).isVisible();
        assertThat(runningAnimations(page)).as("a new page of the same visit").isZero();
        screenshot(page, "a11y-still-report-1920x1080");
    }

    @Test
    void low_reach_keeps_every_control_and_the_keyboard_in_the_lower_part_of_the_screen() {
        Page stand = present(standScreen());
        Page phone = present(phone());
        for (Page page : List.of(stand, phone)) {
            String size = page.viewportSize().width + "x" + page.viewportSize().height;
            for (String screen : List.of("/", REPORT + "?kiosk=1")) {
                page.navigate(screen, new Page.NavigateOptions().setTimeout(60_000));
                assertThat(page.locator("#a11y-open")).isVisible();
                choose(page, "a11y-low-reach");
                assertLow(page, "", screen + " " + size);
                screenshot(page, "a11y-low-reach" + screen.replaceAll("[^a-z0-9]+", "-") + size);
                tap(page.locator("#a11y-open"));
                assertThat(page.locator("#a11y-close")).isVisible();
                // Under the modal panel nothing else can be reached: the panel's own controls are what count.
                assertLow(page, "vaadin-dialog", "panel on " + screen + " " + size);
                screenshot(page, "a11y-low-reach-panel-" + size);
                tap(page.locator("#a11y-low-reach"));
                tap(page.locator("#a11y-close"));
            }
        }
        // The on-screen keyboard of a stand (launched as a kiosk): low, and the field typed in still above it.
        stand.navigate(REPORT + "?kiosk=1");
        choose(stand, "a11y-low-reach");
        tap(stand.locator("#slip-title input"));
        Locator keyboard = stand.locator(".pk-keyboard");
        assertThat(keyboard).isVisible();
        // The keys bring the field above them with a smooth scroll, begun a frame after they show: measure where it ends.
        stand.evaluate("() => new Promise(done => { const top = () => document.querySelector('#slip-title input')"
                + ".getBoundingClientRect().top; let last = top(); const tick = () => { const now = top(); if (now === last) "
                + "done(true); else { last = now; setTimeout(tick, 150); } }; setTimeout(tick, 150); })");
        BoundingBox keys = keyboard.boundingBox();
        assertThat(keys.y).as("keyboard top").isGreaterThanOrEqualTo(1080 * 0.4);
        BoundingBox field = stand.locator("#slip-title input").boundingBox();
        assertThat(field.y).as("the field typed in, below the top 40 %").isGreaterThanOrEqualTo(1080 * 0.4);
        assertThat(field.y + field.height).as("the field typed in, above the keys").isLessThanOrEqualTo(keys.y);
        screenshot(stand, "a11y-low-reach-keyboard-1920x1080");
        stand.locator(".pk-keyboard [data-skbtn='a']").first().click();
        assertThat(stand.locator("#slip-title input")).hasValue("a");
    }

    private static void assertLow(Page page, String within, String where) {
        double limit = page.viewportSize().height * 0.4;
        List<Map<String, Object>> controls = controls(page, within);
        assertThat(controls).as("controls on " + where).isNotEmpty();
        assertThat(controls.stream().filter(c -> ((Number) c.get("top")).doubleValue() < limit)
                .map(c -> c.get("name") + " at " + Math.round(((Number) c.get("top")).doubleValue())).toList())
                .as("controls in the top 40 % on " + where).isEmpty();
    }

    @Test
    void the_modes_hold_through_the_visit_and_end_with_it() {
        Page page = standScreen();
        page.navigate(REPORT, new Page.NavigateOptions().setTimeout(60_000));
        choose(page, "a11y-large-text", "a11y-contrast", "a11y-motion", "a11y-low-reach", "a11y-speech",
                "a11y-speech-rate-slow");
        Locator html = page.locator("html");
        for (String mode : MODES) {
            assertThat(html).hasClass(java.util.regex.Pattern.compile("\\b" + mode + "\\b"));
        }
        assertThat(html).hasAttribute("data-pk-speech-rate", "0.7");
        screenshot(page, "a11y-all-modes-report-1920x1080");
        // A new page of the same visit keeps them.
        page.navigate("/programme");
        assertThat(page.locator("#a11y-open")).isVisible();
        for (String mode : MODES) {
            assertThat(html).hasClass(java.util.regex.Pattern.compile("\\b" + mode + "\\b"));
        }
        tap(page.locator("#a11y-open"));
        assertThat(page.locator("#a11y-contrast")).hasAttribute("aria-pressed", "true");
        tap(page.locator("#a11y-close"));

        // Done ends the visit: the next person finds the stand as it was set up.
        tap(page.locator("#done"));
        assertThat(page.locator(".slip").first()).isVisible();
        assertNoModes(html, 15_000);
        assertThat(html).hasAttribute("data-pk-speech-rate", "1");
        tap(page.locator("#a11y-open"));
        assertThat(page.locator("#a11y-contrast")).hasAttribute("aria-pressed", "false");
        tap(page.locator("#a11y-close"));

        // So does walking away: the idle reset, with whatever warning comes before it.
        page.navigate(REPORT);
        choose(page, "a11y-large-text", "a11y-low-reach");
        assertThat(html).hasClass(java.util.regex.Pattern.compile("\\bpk-a11y-large\\b"));
        assertNoModes(html, (IDLE_SECONDS + 90) * 1000.0);
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/(\\?.*)?$"));
    }

    private static void assertNoModes(Locator html, double timeout) {
        for (String mode : MODES) {
            assertThat(html).not().hasClass(java.util.regex.Pattern.compile("\\b" + mode + "\\b"),
                    new LocatorAssertions.HasClassOptions().setTimeout(timeout));
        }
    }

    /**
     * A visitor's tap: with speech on, the first tap on a control only says its name (touch-to-explore) and a second
     * tap on the same control does what the tap does, so a listening visitor taps twice.
     */
    private static void tap(Locator control) {
        boolean speaking = (Boolean) control.page().evaluate(
                "document.documentElement.classList.contains('pk-a11y-speech')");
        control.click();
        if (speaking) {
            control.click();
        }
    }

    /** Opens the panel, taps the given switches and closes it again, as a visitor would. */
    private static void choose(Page page, String... ids) {
        tap(page.locator("#a11y-open"));
        for (String id : ids) {
            Locator toggle = page.locator("#" + id);
            String before = toggle.getAttribute("aria-pressed");
            tap(toggle);
            if (!id.startsWith("a11y-speech-rate")) {
                assertThat(toggle).hasAttribute("aria-pressed", String.valueOf(!"true".equals(before)));
            }
        }
        tap(page.locator("#a11y-close"));
        assertThat(page.locator("#a11y-close")).isHidden();
    }

    private static double fontSize(Page page, String selector) {
        return ((Number) page.locator(selector).first().evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
                .doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> controls(Page page, String within) {
        return (List<Map<String, Object>>) page.evaluate(CONTROLS, within);
    }

    private static List<Map<String, Object>> controls(Page page) {
        return controls(page, "");
    }

    /**
     * The visitor stays at the stand through the test: the test stand's idle time is short, and on a loaded CI box a
     * screenshot or an axe run can outlast it, which would end the visit (and its modes) in the middle of a check.
     * Only the test of the modes ending with the visit lets the stand go idle.
     */
    private static Page present(Page page) {
        page.context().addInitScript("setInterval(() => document.dispatchEvent(new WheelEvent('wheel')), 1000)");
        return page;
    }

    private static int runningAnimations(Page page) {
        // Lumo's overlays keep a "dummy" animation on their host, which holds opacity at 1 and moves nothing: they
        // wait for its end to open and close.
        return ((Number) page.evaluate("""
                () => document.getAnimations().filter(a => a.playState === 'running'
                    && a.animationName !== 'lumo-overlay-dummy-animation').length""")).intValue();
    }

    /** WCAG 2.2 AAA contrast (1.4.6) as axe-core checks it: 7:1 for text, 4.5:1 for large text. */
    private static List<String> enhancedContrast(Page page) {
        Object modes = page.evaluate("() => document.documentElement.className");
        // The visitor is still reading: axe takes longer on a loaded CI box than the test stand's short idle time,
        // and the stand must not reset (and clear the modes being checked) in the middle of it.
        page.evaluate("() => window.__pkStillHere = setInterval(() => document.dispatchEvent(new WheelEvent('wheel')), 1000)");
        try {
            return Axe.on(page).withRules(List.of("color-contrast-enhanced")).analyze().getViolations().stream()
                    .flatMap(rule -> rule.getNodes().stream().map(node -> rule.getId() + " at " + node.getTarget() + ": "
                            + node.getFailureSummary().replace('\n', ' ')))
                    .toList();
        } finally {
            page.evaluate("() => clearInterval(window.__pkStillHere)");
            assertThat(page.evaluate("() => document.documentElement.className")).as("modes during the check")
                    .isEqualTo(modes);
        }
    }
}
