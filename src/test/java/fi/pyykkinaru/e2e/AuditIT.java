package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.staff.AuditLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organisers' audit log in a real browser at the stand's 1920×1080: a refused and a successful login are
 * there, the filter narrows the list to them, and the CSV file holds exactly what the filter shows.
 */
class AuditIT extends BrowserTest {

    @Autowired AuditLog audit;

    @Test
    void an_organiser_finds_the_logins_in_the_audit_log_and_takes_them_home_as_csv() throws Exception {
        Page page = standScreen();
        page.navigate("/staff/audit");
        page.locator("vaadin-login-form input[name='username']").fill("organiser");
        page.locator("vaadin-login-form input[name='password']").fill("not-the-password");
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL("**/login?error*");
        logIn(page, "/staff/audit");

        assertThat(page.locator("#audit")).isVisible();
        assertThat(page.locator("#staff-audit")).hasAttribute("aria-current", "page");
        assertThat(page.locator("#audit-message")).containsText("Merkintöjä");
        screenshot(page, "audit-1920x1080");

        page.locator("#audit-action input").fill("(login)");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("(login)")).first().click();
        // In the screen's words: the log keeps "account organiser", shown in Finnish as "tunnus organiser".
        page.locator("#audit-text input").fill("tunnus organiser");
        int shown = audit.find(new AuditLog.Filter(null, null, null, "login", "account organiser"), 1000).size();
        assertThat(shown).isGreaterThanOrEqualTo(2);
        page.waitForFunction("n => document.querySelector('#audit-grid').size === n", shown);
        assertThat(page.locator("#audit-grid")).containsText("torjuttu");
        assertThat(page.locator("#audit-grid")).containsText("tehty");
        assertThat(page.locator("#audit-grid")).not().containsText("vei tiedoston");
        screenshot(page, "audit-filtered-1920x1080");

        Download csv = page.waitForDownload(() -> page.locator("#audit-export").click());
        Files.copy(csv.path(), SCREENSHOTS.resolve("audit-export.csv"), StandardCopyOption.REPLACE_EXISTING);
        byte[] file = Files.readAllBytes(csv.path());
        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(file, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Aika;Kuka;Toimenpide;Koodi;Kohde;Tulos");
        assertThat(lines.subList(1, lines.size())).as("the file holds what the filter shows").hasSize(shown)
                .allSatisfy(line -> assertThat(line).contains(";kirjautui sisään;login;tunnus organiser;"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(";vierailija (ei kirjautunut);").endsWith(";torjuttu"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(";organiser;").endsWith(";tehty"));
        assertThat(lines.getLast()).as("oldest first: the refused login came before the successful one").endsWith(";tehty");
        assertThat(audit.recent(1).getFirst()).extracting(AuditLog.Entry::actor, AuditLog.Entry::action)
                .containsExactly("organiser", "audit.export");
    }
}
