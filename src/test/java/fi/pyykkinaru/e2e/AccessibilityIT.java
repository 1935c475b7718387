package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WCAG 2.2 AA as axe-core checks it (contrast, names, roles, language, zoom), on every visitor screen. */
class AccessibilityIT extends BrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static List<String> violations(Page page) {
        return new AxeBuilder(page).withTags(WCAG_AA).analyze().getViolations().stream()
                .map(AccessibilityIT::describe).toList();
    }

    private static String describe(Rule rule) {
        var node = rule.getNodes().getFirst();
        return rule.getId() + " at " + node.getTarget() + ": " + node.getFailureSummary().replace('\n', ' ') + " in "
                + node.getHtml();
    }

    @Test
    void the_wall_and_a_slip_read_large_pass_wcag_aa() {
        Page page = withoutMotion(false);
        page.navigate("/");
        assertThat(page.locator(".slip").first()).isVisible();
        assertThat(violations(page)).isEmpty();

        page.locator(".slip").first().click();
        assertThat(page.locator("#slip-detail")).isVisible();
        assertThat(violations(page)).isEmpty();
    }

    @Test
    void the_slip_form_with_its_error_messages_and_the_preview_pass_wcag_aa() {
        Page page = withoutMotion(false);
        page.navigate("/report/hyva-kaytanto");
        page.locator("#slip-preview").click();
        assertThat(page.locator("#slip-title")).hasAttribute("invalid", "");
        assertThat(violations(page)).isEmpty();

        page.locator("#slip-title input").fill("Esteetön lappu");
        page.locator("#slip-body textarea").fill("Tarkistettu axe-corella.");
        page.locator("#slip-own").click();
        page.locator("#slip-preview").click();
        assertThat(page.locator("#slip-pin")).isVisible();
        assertThat(violations(page)).isEmpty();
    }

    @Test
    void the_phone_wall_and_the_staff_login_pass_wcag_aa() {
        Page phone = withoutMotion(true);
        phone.navigate("/");
        assertThat(phone.locator(".slip").first()).isVisible();
        assertThat(violations(phone)).isEmpty();

        phone.navigate("/login");
        assertThat(phone.locator("vaadin-login-form")).isVisible();
        assertThat(violations(phone)).isEmpty();
    }
}
