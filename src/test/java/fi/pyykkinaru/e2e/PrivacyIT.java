package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.staff.AuditLog;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organiser answers a person's access request at the stand's 1920×1080: finds them in the harvest's privacy
 * section, downloads all that is stored about them as one file, and the audit log says so without naming them.
 */
class PrivacyIT extends BrowserTest {

    private final String name = "Tarkastava Tuure " + Long.toString(System.nanoTime(), 36);
    private final String email = "tuure." + Long.toString(System.nanoTime(), 36) + "@example.fi";

    @Autowired Registrations registrations;
    @Autowired ThisStand stand;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    private Registration registrant;

    @Test
    void the_organiser_finds_a_person_and_downloads_everything_stored_about_them_as_one_file() throws Exception {
        registrant = registrations.register(stand.event(), new RegistrationDraft(name, "Tuuren Tila", null,
                Region.LAPPI, List.of("fi", "sv"), email, true), RegistrationSource.KIOSK);
        Page organiser = standScreen();
        // The first page of a fresh server is slow on a loaded 2-core box (seen timing out at 15 s): warm it first.
        organiser.navigate("/harvest", new Page.NavigateOptions().setTimeout(90_000));
        logIn(organiser, "/harvest");
        organiser.locator("#erase-person input").fill(email.toUpperCase());
        organiser.locator("#erase-find").click();
        assertThat(organiser.locator("#erase-found")).containsText("Ilmoittautuminen #" + registrant.id());
        organiser.locator("#access-request").scrollIntoViewIfNeeded();
        assertThat(organiser.locator("#access-request").boundingBox().height).as("a touch target")
                .isGreaterThanOrEqualTo(48);
        screenshot(organiser, "privacy-access-request-1920x1080");

        Download download = organiser.waitForDownload(() -> organiser.locator("#access-request").click());

        assertThat(download.suggestedFilename()).matches("access-request-\\d{4}-\\d{2}-\\d{2}\\.json");
        JsonNode file = JsonMapper.builder().build().readTree(Files.readAllBytes(download.path()));
        assertThat(file.get("searched_for").asString()).isEqualTo(email.toUpperCase());
        assertThat(file.get("records")).hasSize(1);
        JsonNode record = file.get("records").get(0);
        assertThat(record.get("kind").asString()).isEqualTo("REGISTRATION");
        assertThat(record.get("what").asString()).isEqualTo("Ilmoittautuminen");
        assertThat(record.get("id").asString()).isEqualTo(String.valueOf(registrant.id()));
        JsonNode fields = record.get("fields");
        assertThat(fields.get("name").asString()).isEqualTo(name);
        assertThat(fields.get("email").asString()).isEqualTo(email);
        assertThat(fields.get("organisation").asString()).isEqualTo("Tuuren Tila");
        assertThat(fields.get("region").asString()).isEqualTo("LAPPI");
        assertThat(fields.get("consent_to_email").asBoolean()).isTrue();
        assertThat(fields.get("badge_code").asString()).isEqualTo(registrant.badgeCode());
        assertThat(audit.recent(5)).filteredOn(entry -> entry.action().equals("access.request")).first()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo("1 records: [registration " + registrant.id()
                        + "]"));
        assertThat(jdbc.sql("select count(*) from audit_entry where lower(target) like ?")
                .param("%" + email + "%").query(Long.class).single()).as("the log names no one").isZero();
    }

    /** The sample event is shared: the registration made here goes again. */
    @AfterEach
    void removeTheRegistration() {
        if (registrant != null) {
            jdbc.sql("delete from registration where id = ?").param(registrant.requireId()).update();
        }
    }
}
