package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.call.BoardTestData;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.ProposalStatus;
import fi.pyykkinaru.event.Event;
import com.microsoft.playwright.options.ReducedMotion;
import fi.pyykkinaru.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Nothing cut off, nothing covered, everything readable: every visitor and staff screen at a full-HD stand, a
 * 1280×800 stand and a 390×844 phone, in Finnish, Swedish and English. A screen fails when the text of a button,
 * tab, heading or label is clipped or cut to an ellipsis, when two controls overlap or one lies under something
 * else, when the page runs off the screen's side, when text is smaller than 14 px, when a sub-heading is as large
 * as its heading, or when text is below WCAG AA contrast over its real background (axe-core). Each failure names
 * the screen, size, language and element; all of them are gathered before the test fails.
 */
class LayoutIT extends BrowserTest {

    // contrast: whether axe runs at this size; the stand's two sizes share every colour rule (the phone has its own
    // media rules), and axe is most of the walk's time.
    private record Size(String name, int width, int height, boolean phone, boolean contrast) {
    }

    private static final List<Size> SIZES = List.of(new Size("1920x1080", 1920, 1080, false, true),
            new Size("1280x800", 1280, 800, false, false), new Size("390x844", 390, 844, true, true));
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    // Sessions the other browser tests vote on; this one votes elsewhere so that their counts stay theirs.
    private static final Set<String> TAKEN = Set.of("Avaus: hyvinvointia yhdessä", "Digituki lähellä ihmistä",
            "Kokemusasiantuntijat palvelujen kehittäjinä", "Penkkikahvila: kysy päättäjältä");

    /** The checks, run in the page; each problem is one line naming the element. */
    private static final String CHECKS = """
            (options) => {
              const problems = [];
              const all = [];
              const walk = (root) => { for (const el of root.querySelectorAll('*')) { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); } };
              walk(document);
              const up = (el) => el.parentElement || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
              const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.classList.length ? '.' + [...el.classList].slice(0, 2).join('.') : '');
              const textOf = (el) => {
                let text = '';
                for (const node of el.childNodes) {
                  if (node.nodeType === Node.TEXT_NODE) text += node.data;
                  else if (node.tagName === 'SLOT') for (const n of node.assignedNodes({ flatten: true })) text += n.textContent || '';
                  else if (node.nodeType === Node.ELEMENT_NODE) text += textOf(node);
                }
                return text;
              };
              const describe = (el) => {
                const host = el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null;
                const where = host ? name(host) + '::' + (el.getAttribute('part') ? 'part(' + el.getAttribute('part') + ')' : name(el)) : name(el);
                const text = (textOf(el) || el.getAttribute('aria-label') || (host && host.textContent) || '').trim().replace(/\\s+/g, ' ');
                return where + ' "' + text.slice(0, 50) + '"';
              };
              const shown = (el) => {
                if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.height > 0;
              };
              // Text cut off: a box that hides what overflows it, with text that does not fit. A slip's title on
              // the wall is a preview clamped on purpose: the whole slip is a tap away. Text for screen readers
              // only (.sr-only) is hidden from sight on purpose.
              for (const el of all) {
                if (el.classList && el.classList.contains('sr-only')) continue;
                const style = getComputedStyle(el);
                const hidesX = ['hidden', 'clip'].includes(style.overflowX) || (style.textOverflow === 'ellipsis' && style.overflowX !== 'visible');
                const hidesY = ['hidden', 'clip'].includes(style.overflowY);
                if ((!hidesX && !hidesY) || (style.webkitLineClamp && style.webkitLineClamp !== 'none')) continue;
                if (!textOf(el).trim() || !shown(el)) continue;
                const overX = hidesX && el.scrollWidth > el.clientWidth + 1;
                const overY = hidesY && el.scrollHeight > el.clientHeight + 1;
                if (overX || overY) {
                  problems.push('text cut off: ' + describe(el) + ' needs ' + el.scrollWidth + 'x' + el.scrollHeight
                    + ' px, has ' + el.clientWidth + 'x' + el.clientHeight);
                }
              }
              // Text too small to read at arm's length.
              for (const el of all) {
                if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim())) continue;
                if (!shown(el)) continue;
                const size = parseFloat(getComputedStyle(el).fontSize);
                if (size < 14) problems.push('text of ' + size + ' px: ' + describe(el));
              }
              // The page itself never runs off the screen's side.
              if (document.documentElement.scrollWidth > innerWidth + 1) {
                problems.push('page is ' + document.documentElement.scrollWidth + ' px wide on a ' + innerWidth + ' px screen');
              }
              // Sideways scrolling only where it is the design (a clothesline, the phone's row of lines).
              for (const el of document.querySelectorAll('body *')) {
                const style = getComputedStyle(el);
                if (!['auto', 'scroll'].includes(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
                if (el.matches('.line-slips, .report-lines, textarea, input') || !shown(el)) continue;
                problems.push('scrolls sideways: ' + describe(el) + ' is ' + el.scrollWidth + ' px wide in ' + el.clientWidth);
              }
              // Headings: each is smaller than the heading it belongs under.
              const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(shown);
              headings.forEach((h, i) => {
                const level = Number(h.tagName[1]);
                const parent = headings.slice(0, i).reverse().find((p) => Number(p.tagName[1]) < level);
                if (!parent) return;
                const mine = parseFloat(getComputedStyle(h).fontSize);
                const theirs = parseFloat(getComputedStyle(parent).fontSize);
                if (mine >= theirs) problems.push('heading ' + describe(h) + ' (' + mine + ' px) is not smaller than ' + describe(parent) + ' (' + theirs + ' px)');
              });
              // Controls: none overlaps another, none lies under something else.
              const CONTROLS = 'vaadin-button, button, a[href], input:not([type=hidden]), textarea, select, vaadin-text-field,'
                + ' vaadin-text-area, vaadin-email-field, vaadin-password-field, vaadin-select, vaadin-checkbox, vaadin-combo-box,'
                + ' vaadin-tab, vaadin-upload, vaadin-grid, [role=button], [role=tab], .hg-button';
              const visibleBox = (el) => {
                const r = el.getBoundingClientRect();
                const box = { l: Math.max(r.left, 0), t: Math.max(r.top, 0), r: Math.min(r.right, innerWidth), b: Math.min(r.bottom, innerHeight) };
                if (getComputedStyle(el).position !== 'fixed') {
                  for (let a = up(el); a && a !== document.documentElement; a = up(a)) {
                    const style = getComputedStyle(a);
                    const q = a.getBoundingClientRect();
                    if (style.overflowX !== 'visible') { box.l = Math.max(box.l, q.left); box.r = Math.min(box.r, q.right); }
                    if (style.overflowY !== 'visible') { box.t = Math.max(box.t, q.top); box.b = Math.min(box.b, q.bottom); }
                    if (style.position === 'fixed') break;
                  }
                }
                return box.r - box.l > 2 && box.b - box.t > 2 ? box : null;
              };
              const controls = [...document.querySelectorAll(CONTROLS)].filter(shown)
                .map((el) => ({ el, box: visibleBox(el) })).filter((c) => c.box);
              const inner = controls.filter((c) => !controls.some((o) => o !== c && o.el.contains(c.el)));
              // A control reaches past the screen's side where nothing scrolls it in (a clothesline does).
              const slides = (el) => { for (let a = up(el); a; a = up(a)) { if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX) && a.scrollWidth > a.clientWidth + 1) return true; } return false; };
              for (const { el } of inner) {
                const r = el.getBoundingClientRect();
                if ((r.right > innerWidth + 1 || r.left < -1) && !slides(el)) problems.push('control off the screen: ' + describe(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px');
              }
              for (let i = 0; i < inner.length; i++) {
                for (let j = i + 1; j < inner.length; j++) {
                  const a = inner[i].box, b = inner[j].box;
                  const w = Math.min(a.r, b.r) - Math.max(a.l, b.l), h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
                  if (w > 2 && h > 2) problems.push('controls overlap: ' + describe(inner[i].el) + ' and ' + describe(inner[j].el));
                }
              }
              if (options.covered) {
                for (const { el, box } of inner) {
                  const hit = document.elementFromPoint((box.l + box.r) / 2, (box.t + box.b) / 2);
                  if (!hit || el.contains(hit) || hit.contains(el)) continue;
                  problems.push('control covered: ' + describe(el) + ' lies under ' + describe(hit));
                }
              }
              return problems;
            }
            """;

    /** Keeps the stand awake while its screens are measured; a page that sets __pkLetIdle may fall idle. */
    private static final String AWAKE = """
            setInterval(() => { if (!window.__pkLetIdle) document.dispatchEvent(new Event('wheel')); }, 1000);
            """;

    @Autowired Calls calls;
    @Autowired ApplicationContext context;

    private final List<String> problems = new ArrayList<>();
    // Where the walk's time goes (opening screens, measuring, axe, screenshots), printed to keep it in bounds.
    private final long[] spent = new long[4];

    @Test
    void every_screen_at_every_size_in_every_language_shows_all_its_text_and_controls_readably() {
        // The open call's pages with something on them: a call on the sample event and one proposal, gone afterwards.
        Event sample = events.bySlug("sample").orElseThrow();
        Call call = calls.open(sample, CallKind.SESSIONS);
        BoardTestData.proposal(context, call, "Naapuruusapu kuntiin", "Maija Meikäläinen", ProposalStatus.SUBMITTED,
                Map.of("idea", "Kunnat jakavat naapuruusavun malleja.", "why", "Koska se on harmaalla alueella."));
        try {
            walk();
        } finally {
            BoardTestData.removeCalls(context, sample.requireId());
        }
    }

    private void walk() {
        long slip = -1;
        Session session = sessions.programme(events.current().orElseThrow().id()).stream()
                .filter(s -> !TAKEN.contains(s.title())).reduce((a, b) -> b).orElseThrow();
        for (Size size : SIZES) {
            long started = System.nanoTime();
            Page page = open(size);
            if (!size.phone()) {
                // A stand's browser, as its launcher opens it: on-screen keyboard and stand-only parts.
                page.navigate("/?kiosk");
            } else {
                page.navigate("/");
            }
            // The first page after a start loads the whole frontend: give it more than the usual few seconds.
            assertThat(page.locator(".slip").first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(30_000));
            if (slip < 0) {
                slip = Long.parseLong(page.locator(".slip").first().getAttribute("data-slip"));
            }
            attract(page, size);
            long slipId = slip;
            for (String language : LANGUAGES) {
                boolean first = language.equals(LANGUAGES.getFirst());
                page.navigate("/");
                page.locator("#lang-" + language).click();
                assertThat(page.locator("html")).hasAttribute("lang", language);
                check(page, size, language, "wall", p -> { }, ".slip");
                check(page, size, language, "report", route("/report/hyva-kaytanto"), "#slip-title");
                if (!size.phone() && first) {
                    page.locator("#slip-body textarea").click();
                    assertThat(page.locator("#on-screen-keyboard")).isVisible();
                    // The field being typed in is brought above the keys, whole.
                    page.waitForFunction("""
                            () => { const field = document.activeElement.getBoundingClientRect();
                              const keys = document.getElementById('on-screen-keyboard').getBoundingClientRect();
                              return field.top >= 0 && field.bottom <= keys.top + 1; }""");
                    check(page, size, language, "report-keyboard", p -> { }, "#slip-body");
                }
                check(page, size, language, "slip", route("/slip/" + slipId), "#slip-page");
                check(page, size, language, "scan", route("/scan"), "#scan");
                check(page, size, language, "feedback", route("/feedback/" + session.token()), "#kiosk-feedback");
                check(page, size, language, "programme", route("/programme"), "#programme");
                check(page, size, language, "register", route("/register"), "#register");
                check(page, size, language, "results", p -> p.navigate("/s/" + session.token() + "/results"), "#results");
                check(page, size, language, "phone", p -> p.navigate("/s/" + session.token() + "?lang=" + language), "#vote-p1");
                check(page, size, language, "phone-details", p -> p.locator("#vote-p1").click(), "#feedback-send");
                check(page, size, language, "call", p -> p.navigate("/call/sample?lang=" + language), "#call-form");
            }
            logIn(page, "/staff");
            // The events page is the only one with some of its form's components: their code loads on its first
            // visit, given the time the first page after a start is given.
            page.navigate("/staff/events");
            assertThat(page.locator("#events")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(30_000));
            for (String language : LANGUAGES) {
                page.navigate("/");
                page.locator("#lang-" + language).click();
                assertThat(page.locator("html")).hasAttribute("lang", language);
                check(page, size, language, "staff", route("/staff"), "#moderation");
                check(page, size, language, "staff-print", route("/staff/print"), "#print-view");
                check(page, size, language, "staff-registrations", route("/staff/registrations"), "#registrations");
                check(page, size, language, "staff-programme", route("/staff/programme"), "#programme-admin");
                check(page, size, language, "staff-posters", route("/staff/posters"), "#posters");
                check(page, size, language, "staff-accounts", route("/staff/accounts"), "#accounts");
                check(page, size, language, "staff-events", route("/staff/events"), "#events");
                check(page, size, language, "staff-call", route("/staff/call"), "#proposal-grid");
                check(page, size, language, "harvest", route("/harvest"), "#harvest-view");
            }
            System.out.printf("LayoutIT: %s walked in %d s%n", size.name(), (System.nanoTime() - started) / 1_000_000_000);
        }
        System.out.printf("LayoutIT: opening %d s, measuring %d s, contrast %d s, screenshots %d s%n",
                spent[0] / 1_000_000_000, spent[1] / 1_000_000_000, spent[2] / 1_000_000_000, spent[3] / 1_000_000_000);
        assertThat(problems).as("layout problems, %d in all", problems.size()).isEmpty();
    }

    /**
     * Opens a screen of the app in the open page as a link would, without loading the frontend again: a walk of a
     * hundred and fifty screens stays within minutes.
     */
    private static Consumer<Page> route(String path) {
        return page -> page.evaluate("""
                path => { const a = document.createElement('a'); a.href = path; a.setAttribute('router-link', '');
                  document.body.appendChild(a); a.click(); a.remove(); }""", path);
    }

    private Page open(Size size) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(size.width(), size.height())
                .setLocale("fi-FI").setReducedMotion(ReducedMotion.REDUCE);
        if (size.phone()) {
            options.setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2);
        }
        BrowserContext context = newContext(options);
        context.addInitScript(AWAKE);
        return context.newPage();
    }

    /** The idle stand's attract loop, in the stand's first language. */
    private void attract(Page page, Size size) {
        page.evaluate("window.__pkLetIdle = true");
        assertThat(page.locator("#attract")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout((IDLE_SECONDS + IDLE_WARNING_SECONDS + 10) * 1000.0));
        measure(page, size, LANGUAGES.getFirst(), "attract", false, true);
        page.evaluate("window.__pkLetIdle = false");
    }

    private void check(Page page, Size size, String language, String screen, Consumer<Page> go, String ready) {
        long start = System.nanoTime();
        go.accept(page);
        assertThat(page.locator(ready).first()).isVisible();
        spent[0] += System.nanoTime() - start;
        // Contrast does not change with the language: measured once per screen and size.
        measure(page, size, language, screen, true, language.equals(LANGUAGES.getFirst()));
    }

    private void measure(Page page, Size size, String language, String screen, boolean covered, boolean firstLanguage) {
        String where = "[" + screen + " " + size.name() + " " + language + "] ";
        long start = System.nanoTime();
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(CHECKS, java.util.Map.of("covered", covered));
        found.forEach(problem -> problems.add(where + problem));
        spent[1] += System.nanoTime() - start;
        if (firstLanguage) {
            start = System.nanoTime();
            screenshot(page, "layout-" + screen + "-" + size.name());
            spent[3] += System.nanoTime() - start;
        }
        if (firstLanguage && size.contrast()) {
            start = System.nanoTime();
            Axe.on(page).withRules(List.of("color-contrast")).analyze().getViolations()
                    .forEach(rule -> rule.getNodes().forEach(node -> problems.add(where + "contrast: " + node.getTarget()
                            + " " + node.getFailureSummary().replace('\n', ' '))));
            spent[2] += System.nanoTime() - start;
        }
    }
}
