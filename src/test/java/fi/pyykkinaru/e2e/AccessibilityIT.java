package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Contrast;
import com.microsoft.playwright.options.ReducedMotion;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.Jury;
import fi.pyykkinaru.call.PitchDraft;
import fi.pyykkinaru.call.Pitches;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.staff.StaffAccounts;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WCAG 2.2 AA as axe-core checks it (contrast, names, roles, language, zoom, target size), on every route of the
 * application — kiosk, phone pages, staff, harvest, call, jury, setup, login — with their dialogs and error states,
 * at the stand's 1920×1080 and a phone's 390×844, in both colour modes: the standard palette and the high-contrast
 * one ({@code prefers-contrast: more}, and on kiosk screens also the visitor's {@code pk-a11y-contrast} choice).
 * Every problem of a run is gathered before failing, so one run shows them all. Visitor controls are also measured:
 * each is at least 44×44 px. The contrast runs check the rules that colours decide (the palette changes nothing else).
 * One browser context per run, logged in once, keeps it to a few minutes.
 */
class AccessibilityIT extends BrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");
    private static final int VISITOR_TARGET = 44;

    @Autowired Calls calls;
    @Autowired Jury jury;
    @Autowired Pitches pitches;
    @Autowired StaffAccounts accounts;
    @Autowired Slips slips;
    @Autowired Lines lines;
    @Autowired ThisStand stand;
    @Autowired JdbcClient jdbc;

    private final List<Call> opened = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private boolean contrast;
    private String run;

    @BeforeEach
    void openCalls() {
        Event sample = events.bySlug("sample").orElseThrow();
        opened.add(calls.open(sample, CallKind.SESSIONS));
        opened.add(calls.open(sample, CallKind.PITCH));
    }

    @AfterEach
    void removeCalls() {
        opened.forEach(this::removeCall);
        opened.clear();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"1920x1080,standard", "390x844,standard", "1920x1080,contrast", "390x844,contrast"})
    void every_route_with_its_dialogs_and_error_states_passes_wcag_22_aa(String size, String colours) {
        contrast = colours.equals("contrast");
        run = size + "-" + colours;
        // -Daxe.runs=1920x1080-standard,… narrows a local run while fixing; CI runs them all.
        String only = System.getProperty("axe.runs", "");
        org.junit.jupiter.api.Assumptions.assumeTrue(only.isBlank() || List.of(only.split(",")).contains(run));
        boolean phone = size.equals("390x844");
        Browser.NewContextOptions options = phone
                ? new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true)
                        .setHasTouch(true)
                : new Browser.NewContextOptions().setViewportSize(1920, 1080);
        // Without motion, colours are measured as they rest, not halfway through a fade.
        options.setLocale("fi-FI").setReducedMotion(ReducedMotion.REDUCE)
                .setContrast(contrast ? Contrast.MORE : Contrast.NO_PREFERENCE);
        Page page = newContext(options).newPage();

        kiosk(page);
        phonePages(page);
        callAndJury(page);
        setupAndLogin(page);
        staff(page);

        assertThat(problems).as("WCAG 2.2 AA problems at " + run).isEmpty();
    }

    // ---- kiosk ----

    private void kiosk(Page page) {
        // The first page is drawn while the bundle is still cold on a busy test machine.
        page.navigate("/", new Page.NavigateOptions().setTimeout(60_000));
        kioskAt(page, "/", ".slip");
        check(page, "wall", true);
        page.evaluate("document.querySelector('pk-kiosk').dispatchEvent(new CustomEvent('kiosk-idle'))");
        assertThat(page.locator("#attract")).isVisible();
        settle(page);
        check(page, "wall attract loop", true);
        page.locator("#attract").click();
        assertThat(page.locator("#attract")).isHidden();
        page.locator(".slip").first().click();
        assertThat(page.locator("#slip-detail")).isVisible();
        check(page, "wall slip dialog", true);

        kioskAt(page, "/report/hyva-kaytanto", "#slip-preview");
        check(page, "report form", true);
        page.locator("#slip-preview").click();
        assertThat(page.locator("#slip-title")).hasAttribute("invalid", "");
        check(page, "report form errors", true);
        page.locator("#slip-title input").fill("Esteetön lappu");
        page.locator("#slip-body textarea").fill("Tarkistettu axe-corella.");
        page.locator("#slip-own").click();
        page.locator("#slip-preview").click();
        assertThat(page.locator("#slip-pin")).isVisible();
        check(page, "report preview", true);

        kioskAt(page, "/slip/" + slipId(), "#slip-page");
        check(page, "slip page", true);
        kioskAt(page, "/programme", "h1");
        check(page, "programme", true);
        kioskAt(page, "/register", "h1");
        check(page, "register", true);
        kioskAt(page, "/scan", "h1");
        check(page, "scan (no camera)", true);
        Session session = sampleSession("Digituki lähellä ihmistä");
        kioskAt(page, "/feedback/" + session.token(), "h1");
        check(page, "kiosk feedback", true);
        kioskAt(page, "/closing/sample", "h1");
        check(page, "closing questions", true);
        kioskAt(page, "/screen", "h1");
        check(page, "screen set-up", true);
        kioskAt(page, "/s/" + session.token() + "/questions", "h1");
        check(page, "questions screen", true);
        kioskAt(page, "/s/" + session.token() + "/results", "h1");
        check(page, "results screen", true);
    }

    private void kioskAt(Page page, String path, String ready) {
        page.navigate(path);
        page.locator(ready).first().waitFor();
        settle(page);
        // The stand waits while it is measured: a slow axe run must not meet the idle reset halfway.
        page.evaluate("document.querySelector('pk-kiosk')?.setAttribute('timeout', '600')");
        if (contrast) {
            // What the accessibility panel's high-contrast choice sets for this visitor.
            page.evaluate("document.documentElement.classList.add('pk-a11y-contrast')");
        }
    }

    private long slipId() {
        Line line = lines.shown(stand.event().requireId(), stand.current().lineCodes()).getLast();
        return slips.peg(line.requireId(), SlipDraft.answer("Lappu axe-tarkistukseen", null, null), "e2e").requireId();
    }

    // ---- phone pages ----

    private void phonePages(Page page) {
        Session session = sampleSession("Penkkikahvila: kysy päättäjältä");
        page.navigate("/s");
        check(page, "phone code form", true);
        page.navigate("/s/NOTHERE2");
        check(page, "phone unknown code", true);
        page.navigate("/s/" + session.token());
        check(page, "phone vote", true);
        page.locator("#vote-p1").click();
        assertThat(page.locator(".thanks")).isVisible();
        check(page, "phone thanks and details", true);
        page.locator("#feedback-comment").fill("Pitkä kommentti. ".repeat(40));
        page.locator("#feedback-send").click();
        assertThat(page.locator("#comment-error")).isVisible();
        check(page, "phone details error", true);

        page.navigate("/feedback");
        check(page, "evaluation form", true);
        page.locator("#closing-send").click();
        assertThat(page.locator("#closing-problems")).isVisible();
        check(page, "evaluation form errors", true);
        page.navigate("/feedback?event=sample&sent=1");
        check(page, "evaluation thanks", true);
        page.navigate("/feedback?event=nothere");
        check(page, "evaluation none", true);

        page.navigate("/privacy/sample");
        check(page, "privacy notice", true);
        page.navigate("/privacy/nothere");
        check(page, "privacy notice, default", true);
    }

    // ---- call and jury ----

    private void callAndJury(Page page) {
        page.navigate("/call/sample");
        assertThat(page.locator("#call-choose-sessions")).isVisible();
        check(page, "call chooser (two calls open)", true);
        page.navigate("/call/sample/sessions");
        check(page, "call form", true);
        page.locator("#call-responsible-email").fill("maija.example.org");
        page.locator("#call-submit").click();
        assertThat(page.locator("#call-errors")).isVisible();
        check(page, "call form errors", true);
        page.locator("#call-q-1").fill("Penkkikahvila, jossa päättäjät kuuntelevat.");
        page.locator("#call-responsible-email").fill("maija@example.org");
        page.locator("#call-save").click();
        assertThat(page.locator("#call-private-link")).isVisible();
        check(page, "call private page", true);
        String path = URI.create(page.locator("#call-private-link").textContent()).getRawPath();
        page.navigate(path + "/withdraw");
        check(page, "call withdraw", true);
        page.navigate("/call/nothere");
        check(page, "call not found", true);

        Call pitch = opened.getLast();
        long pitchId = pitches.add(pitch, new PitchDraft("Kylätaksi", "Pekka", "", "", "fi")).pitch().requireId();
        page.navigate("/jury/" + jury.add(pitch, "Maija").secret());
        check(page, "jury", true);
        page.locator("#pitch-save-" + pitchId).click();
        assertThat(page.locator("#problems-" + pitchId)).isVisible();
        check(page, "jury problems", true);
        page.navigate("/jury/" + "A".repeat(32));
        check(page, "jury not found", true);
    }

    // ---- setup and login ----

    private void setupAndLogin(Page page) {
        page.navigate(accounts.invite("axe-" + run.replace('x', '-'), false).path());
        page.locator("#setup-password input").waitFor();
        settle(page);
        check(page, "setup", false);
        page.locator("#setup-password input").fill("axe-salasana-1");
        page.locator("#setup-repeat input").fill("axe-salasana-2");
        page.locator("#setup-submit").click();
        assertThat(page.locator("#setup-message")).containsText("eivät ole samat");
        check(page, "setup mismatch", false);
        page.locator("#setup-repeat input").fill("axe-salasana-1");
        page.locator("#setup-submit").click();
        assertThat(page.locator("#setup-message")).containsText("tallennettiin");
        check(page, "setup done", false);

        page.navigate("/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        check(page, "login", false);
        page.locator("vaadin-login-form input[name='username']").fill("organiser");
        page.locator("vaadin-login-form input[name='password']").fill("wrong password");
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL("**/login?error*");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        check(page, "login error", false);
    }

    // ---- staff ----

    private void staff(Page page) {
        logIn(page, "/staff");
        staffAt(page, "/staff", "#moderation");
        check(page, "staff moderation", false);

        staffAt(page, "/staff/events", "#events");
        check(page, "staff events", false);
        page.locator("#event-copy").click();
        dialog(page, "staff events: copy dialog");
        page.locator("#event-new").click();
        page.locator("#event-save").click();
        check(page, "staff events: new event errors", false);

        staffAt(page, "/staff/stands", "#stands");
        check(page, "staff stands", false);
        page.locator("#pair-submit").click();
        check(page, "staff stands: pairing error", false);

        staffAt(page, "/staff/programme", "#programme-admin");
        check(page, "staff programme", false);
        String moderator = page.locator("[id^='programme-questions-']").first().getAttribute("href");
        page.locator("#programme-add").click();
        dialog(page, "staff programme: session dialog");

        staffAt(page, "/staff/registrations", "#registrations");
        check(page, "staff registrations", false);
        page.locator("#registrations-add").click();
        dialog(page, "staff registrations: desk registration dialog");

        staffAt(page, "/staff/evaluation", "#evaluation-view");
        check(page, "staff evaluation", false);
        page.locator("#closing-add").click();
        dialog(page, "staff evaluation: question dialog");

        staffAt(page, "/staff/call", "#call-board");
        check(page, "staff call board", false);
        page.locator("#call-edit").click();
        dialog(page, "staff call board: call set-up dialog");

        for (Map.Entry<String, String> view : Map.of("/staff/catalogue", "#catalogue", "/staff/posters", "#posters",
                "/staff/print", "#print-view", "/staff/accounts", "#accounts", "/staff/audit", "#audit").entrySet()) {
            staffAt(page, view.getKey(), view.getValue());
            check(page, "staff " + view.getKey(), false);
        }

        staffAt(page, "/harvest", "#harvest-view");
        check(page, "harvest", false);

        page.navigate(moderator);
        check(page, "questions moderator (phone)", true);
    }

    private static void staffAt(Page page, String path, String ready) {
        page.navigate(path);
        page.locator(ready).waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(30_000));
        settle(page);
    }

    private void dialog(Page page, String state) {
        page.locator("vaadin-dialog-overlay[opened]").first().waitFor();
        settle(page);
        check(page, state, false);
        page.keyboard().press("Escape");
        page.locator("vaadin-dialog-overlay[opened]").first().waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions().setState(
                        com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }

    // ---- checks ----

    private void check(Page page, String state, boolean visitor) {
        long start = System.nanoTime();
        // One options object, the rules chosen in it too: AxeBuilder's options() replaces what withTags() set.
        // The high-contrast palette changes colours only: its runs check what colours decide, the standard runs all.
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType(contrast ? "rule" : "tag");
        only.setValues(contrast ? COLOUR_RULES : WCAG_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        // Only the violations in detail: the passes of a full staff page are thousands of nodes to serialise.
        options.setResultTypes(List.of("violations"));
        Axe.on(page).options(options).analyze().getViolations()
                .forEach(rule -> problem(state + ": " + describe(rule)));
        System.out.println("AXE-TIME " + run + " " + state + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
        if (visitor) {
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) page.evaluate(SMALL_TARGETS, VISITOR_TARGET);
            small.forEach(target -> problem(state + ": control smaller than 44×44 px: " + target));
        }
    }

    /** Gathered for the failure, and printed as found so that a long run shows its problems early. */
    private void problem(String text) {
        problems.add(text);
        System.out.println("AXE " + run + " " + text);
    }

    private static String describe(Rule rule) {
        StringBuilder out = new StringBuilder(rule.getId());
        rule.getNodes().stream().limit(3).forEach(node -> out.append("\n    at ").append(node.getTarget()).append(": ")
                .append(node.getFailureSummary().replace('\n', ' ')).append(" in ")
                .append(node.getHtml().length() > 200 ? node.getHtml().substring(0, 200) + "…" : node.getHtml()));
        if (rule.getNodes().size() > 3) {
            out.append("\n    and ").append(rule.getNodes().size() - 3).append(" more");
        }
        return out.toString();
    }

    /**
     * The visible controls a visitor touches that are smaller than the given size. A radio or check box is measured
     * by its Vaadin component or its label, which is what is touched; a link inside running text is exempt (WCAG 2.5.8's inline exception),
     * and so is a skip link until it is focused.
     */
    private static final String SMALL_TARGETS = """
            min => {
              const seen = new Set();
              const out = [];
              const walk = root => root.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea,'
                  + ' vaadin-button, vaadin-checkbox, vaadin-radio-button, vaadin-text-field, vaadin-text-area,'
                  + ' vaadin-select, vaadin-combo-box, [role=button], [role=link], [role=checkbox], [role=radio],'
                  + ' [role=tab], [role=menuitem]').forEach(el => {
                let target = el;
                if (el.matches('input[type=radio], input[type=checkbox]')) {
                  target = el.closest('vaadin-checkbox, vaadin-radio-button') || el.closest('label') || (el.id && document.querySelector('label[for="' + el.id + '"]')) || el;
                }
                if (seen.has(target)) return;
                seen.add(target);
                if (el.matches('a') && el.closest('p') && el.closest('p').textContent.trim()
                    !== el.textContent.trim()) return;
                const r = target.getBoundingClientRect();
                const style = getComputedStyle(target);
                if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') return;
                if (r.bottom < 0 || r.right < 0 || r.left >= innerWidth) return;
                if (target.closest('[aria-hidden=true], [inert]')) return;
                if (Math.round(r.width) < min || Math.round(r.height) < min) {
                  const name = (target.id ? '#' + target.id : target.tagName.toLowerCase())
                      + ' "' + (target.getAttribute('aria-label') || target.textContent || '').trim().slice(0, 40) + '"';
                  out.push(name + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
                }
              });
              walk(document);
              return out;
            }
            """;

    private void removeCall(Call call) {
        SampleCalls.remove(call, jury, jdbc);
    }
}
