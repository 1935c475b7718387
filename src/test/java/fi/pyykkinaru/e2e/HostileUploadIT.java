package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import fi.pyykkinaru.clothesline.Catalogue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An upload past the browser's own size check (a page whose limit was taken off, as a script would): the server
 * refuses it, the organiser reads why in their language, and the catalogue is as it was.
 */
class HostileUploadIT extends BrowserTest {

    @Autowired Catalogue catalogue;

    @Test
    void a_catalogue_file_over_the_limit_is_refused_by_the_server_with_the_message() {
        long eventId = events.current().orElseThrow().requireId();
        int before = catalogue.ofEvent(eventId).size();
        Page staff = standScreen();
        logIn(staff, "/staff/catalogue");
        assertThat(staff.locator("#catalogue-import")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        staff.evaluate("document.querySelector('#catalogue-import').maxFileSize = Infinity");

        StringBuilder csv = new StringBuilder("Nimi;Osoite\n");
        for (int i = 0; csv.length() <= 6 * 1024 * 1024; i++) {
            csv.append("Liian iso ").append(i).append(";https://example.org/e2e/iso/").append(i).append('\n');
        }
        staff.locator("#catalogue-import input[type=file]").setInputFiles(new FilePayload("luettelo.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(staff.locator("#catalogue-import-summary")).hasText(
                "Tiedostoa ei otettu vastaan: vain XLSX-, XLS- ja CSV-tiedostot, enintään 5 Mt.",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        screenshot(staff, "catalogue-upload-too-big-1920x1080");
        assertThat(catalogue.ofEvent(eventId)).hasSize(before);
    }
}
