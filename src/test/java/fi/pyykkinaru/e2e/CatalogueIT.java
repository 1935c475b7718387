package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue line of the sample: printed cards on the wall that open large with a QR code to the catalogue and a
 * receipt to take along, a visitor's report that says it is in the catalogue, and the organiser's import and hand
 * editing. What the tests add to the sample they remove again.
 */
class CatalogueIT extends BrowserTest {

    private static final String E2E = "https://example.org/e2e/";

    @Autowired Catalogue catalogue;
    @Autowired Lines lines;
    @Autowired PrintQueue queue;

    private Line catalogueLine() {
        return lines.active(events.current().orElseThrow().requireId()).stream()
                .filter(l -> l.kind() == LineKind.CATALOGUE).findFirst().orElseThrow();
    }

    @Test
    void a_catalogue_card_opens_large_with_a_qr_code_to_its_page_and_prints_a_receipt_to_take_along() throws Exception {
        Page wall = standScreen();
        wall.navigate("/");
        Locator cards = wall.locator("#line-luettelo .catalogue-card");
        assertThat(cards).hasCount(catalogue.ofLine(catalogueLine().requireId()).size());
        assertThat(cards).hasCount(8);
        assertThat(wall.locator("#line-luettelo .slip")).hasCount(0);
        screenshot(wall, "catalogue-wall-1920x1080");

        wall.locator(".catalogue-card", new Page.LocatorOptions().setHasText("Kylien digitupa")).click();
        assertThat(wall.locator("#catalogue-dialog-title")).hasText("Kylien digitupa");
        // Read at once: a stand left alone for a few seconds asks whether more time is needed, then goes back to its
        // attract loop and closes the dialog.
        assertThat(decode(wall.locator("#catalogue-qr"))).isEqualTo("https://example.org/kaytannot/kylien-digitupa");
        assertThat(wall.locator("#catalogue-open")).not().isVisible();
        assertThat(wall.locator("#catalogue-dialog-summary")).containsText("Kyläkoululla");
        assertThat(wall.locator("#catalogue-url")).hasText("https://example.org/kaytannot/kylien-digitupa");
        screenshot(wall, "catalogue-dialog-1920x1080");

        List<String> before = queue.subjects(PrintKind.CATALOGUE);
        wall.locator("#catalogue-print").click();
        assertThat(wall.locator("#catalogue-print-status")).containsText("Kuitti tulostuu");
        // Closed before the slow PDF checks, or the stand's idle reset would close it first on a busy machine.
        wall.locator("#catalogue-dialog-close").click();
        assertThat(wall.locator("#catalogue-dialog-title")).not().isVisible();
        List<String> printed = queue.subjects(PrintKind.CATALOGUE).stream().filter(s -> !before.contains(s)).toList();
        try {
            assertThat(printed).singleElement().satisfies(s -> assertThat(s).startsWith("catalogue:"));
            PrintJob job = queue.latest(PrintKind.CATALOGUE, printed.getFirst()).orElseThrow();
            byte[] pdf = queue.document(job.id());
            assertThat(PdfChecks.text(pdf)).contains("Kylien digitupa", "Kainuun kylät ry", "Lue lisää");
            Path dir = Files.createDirectories(SCREENSHOTS);
            Files.write(dir.resolve("catalogue-receipt.pdf"), pdf);
            Process render = new ProcessBuilder("pdftoppm", "-r", "150", "-png", "-singlefile",
                    dir.resolve("catalogue-receipt.pdf").toString(), dir.resolve("catalogue-receipt").toString())
                    .redirectErrorStream(true).start();
            assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(zbarimg(dir.resolve("catalogue-receipt.png")))
                    .isEqualTo("https://example.org/kaytannot/kylien-digitupa");
        } finally {
            queue.forget(PrintKind.CATALOGUE, printed);
        }

        // A visitor's report of a practice in the catalogue says so, and opens the entry.
        Locator walking = wall.locator("#line-hyva-kaytanto .slip", new Page.LocatorOptions().setHasText("Kävelevä kahvila"));
        assertThat(walking.locator(".slip-in-catalogue")).hasText("Luettelossa");
        walking.click();
        assertThat(wall.locator("#slip-in-catalogue")).containsText("Käytäntöluettelossa");
        wall.locator("#slip-open-catalogue").click();
        assertThat(wall.locator("#catalogue-dialog-title")).hasText("Kävelevä kahvila");
        assertThat(wall.locator("#slip-dialog")).hasCount(0);
    }

    @Test
    void on_a_phone_the_entry_reads_in_one_column_and_links_to_its_page_instead_of_a_code_to_scan() {
        Page phone = phone();
        phone.navigate("/");
        Locator card = phone.locator(".catalogue-card", new Page.LocatorOptions().setHasText("Språkvän för nyanlända"));
        card.scrollIntoViewIfNeeded();
        card.click();
        assertThat(phone.locator("#catalogue-dialog-title")).hasText("Språkvän för nyanlända");
        assertThat(phone.locator("#catalogue-open")).isVisible();
        assertThat(phone.locator("#catalogue-open")).hasAttribute("href", "https://example.org/kaytannot/sprakvan");
        assertThat(phone.locator("#catalogue-qr")).not().isVisible();
        assertThat(phone.locator("#catalogue-print")).not().isVisible();
        double width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        screenshot(phone, "catalogue-dialog-390x844");
    }

    @Test
    void an_organiser_imports_a_spreadsheet_sees_each_bad_row_and_fixes_and_edits_entries_by_hand() throws Exception {
        Line line = catalogueLine();
        Page wall = standScreen();
        wall.navigate("/");
        assertThat(wall.locator("#line-luettelo .catalogue-card")).hasCount(8);
        Page staff = standScreen();
        logIn(staff, "/staff/catalogue");
        try {
            // The first staff page after login loads the console's components: slow on a busy machine.
            assertThat(staff.locator("#catalogue-columns")).containsText("Osoite",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(staff.locator("#catalogue-entries .catalogue-entry")).hasCount(8);
            Download template = staff.waitForDownload(() -> staff.locator("#catalogue-template-xlsx").click());
            try (Workbook book = WorkbookFactory.create(template.path().toFile())) {
                Row heading = book.getSheetAt(0).getRow(0);
                assertThat(heading.getCell(0).getStringCellValue()).isEqualTo("Nimi");
                assertThat(heading.getCell(5).getStringCellValue()).isEqualTo("Osoite");
            }
            screenshot(staff, "catalogue-admin-1920x1080");

            Path file = Files.createTempFile("luettelo", ".csv");
            Files.writeString(file, "Nimi;Kuvaus;Organisaatio;Alue;Teemat;Osoite\n"
                    + "Pihapiirin ruokapiiri;Naapurit kokkaavat yhdessä;Naapuruus ry;Satakunta;ruoka;" + E2E + "ruokapiiri\n"
                    + "Ilman osoitetta;;;;;\n"
                    + "Väärä alue;;;Mordor;;" + E2E + "mordor\n", StandardCharsets.UTF_8);
            staff.locator("#catalogue-import input[type=file]").setInputFiles(file);
            assertThat(staff.locator("#catalogue-import-summary")).containsText("Tuotu: 1 uutta, 0 päivitetty.");
            assertThat(staff.locator("#catalogue-import-summary")).containsText("2 riviä jäi tuomatta");
            assertThat(staff.locator("#catalogue-import-problems li")).hasText(new String[] {
                    "Rivi 3: Osoite: osoite puuttuu (kävijä tarvitsee sen QR-koodia varten)",
                    "Rivi 4: Alue: tuntematon alue ”Mordor” (kirjoita hyvinvointialueen nimi, esim. Pirkanmaa, tai "
                            + "valtakunnallinen tai ulkomaat)"});
            screenshot(staff, "catalogue-import-problems-1920x1080");
            assertThat(catalogue.ofLine(line.requireId())).extracting(CatalogueEntry::url).contains(E2E + "ruokapiiri")
                    .doesNotContain(E2E + "mordor");
            // The wall shows the new card at once.
            assertThat(wall.locator("#line-luettelo .catalogue-card")).hasCount(9);

            // The organiser corrects the file and imports it again: the row already in is updated, not doubled.
            file = Files.createTempFile("luettelo-korjattu", ".csv");
            Files.writeString(file, "Nimi;Kuvaus;Organisaatio;Alue;Teemat;Osoite\n"
                    + "Pihapiirin ruokapiiri;Naapurit kokkaavat yhdessä kerran kuussa;Naapuruus ry;Satakunta;ruoka;"
                    + E2E + "ruokapiiri\n"
                    + "Väärä alue korjattu;;;Lappi;;" + E2E + "mordor\n", StandardCharsets.UTF_8);
            staff.locator("#catalogue-import input[type=file]").setInputFiles(file);
            assertThat(staff.locator("#catalogue-import-summary")).hasText("Tuotu: 1 uutta, 1 päivitetty.",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
            assertThat(staff.locator("#catalogue-import-problems")).not().isVisible();
            assertThat(catalogue.ofLine(line.requireId()).stream().filter(e -> e.url().startsWith(E2E)))
                    .extracting(CatalogueEntry::summary, CatalogueEntry::region)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(
                            "Naapurit kokkaavat yhdessä kerran kuussa", Region.SATAKUNTA),
                            org.assertj.core.groups.Tuple.tuple(null, Region.LAPPI));

            // By hand: a wrong address is shown at its field, and nothing typed is lost.
            staff.locator("#catalogue-add").click();
            staff.locator("#catalogue-title input").fill("Lainattava isovanhempi");
            staff.locator("#catalogue-url-field input").fill("www.example.org/isovanhempi");
            staff.locator("#catalogue-save").click();
            assertThat(staff.locator("#catalogue-url-field")).hasAttribute("invalid", "");
            assertThat(staff.locator("#catalogue-title input")).hasValue("Lainattava isovanhempi");
            screenshot(staff, "catalogue-form-problem-1920x1080");
            staff.locator("#catalogue-url-field input").fill(E2E + "isovanhempi");
            staff.locator("#catalogue-save").click();
            assertThat(staff.locator("#catalogue-status")).containsText("tallennettiin");
            CatalogueEntry typed = catalogue.ofLine(line.requireId()).stream()
                    .filter(e -> e.url().equals(E2E + "isovanhempi")).findFirst().orElseThrow();

            staff.locator("#catalogue-edit-" + typed.requireId()).click();
            // As a person would: wait for the form to open on the entry (it moves focus to its first field) before typing.
            assertThat(staff.locator("#catalogue-title input")).hasValue("Lainattava isovanhempi");
            assertThat(staff.locator("#catalogue-title input")).isFocused();
            staff.locator("#catalogue-organisation input").fill("Kylämummot ry");
            staff.locator("#catalogue-save").click();
            assertThat(staff.locator("#catalogue-entry-" + typed.requireId())).containsText("Kylämummot ry");
            assertThat(catalogue.find(typed.requireId()).orElseThrow().organisation()).isEqualTo("Kylämummot ry");

            staff.locator("#catalogue-remove-" + typed.requireId()).click();
            staff.locator("#confirm-ok").click();
            assertThat(staff.locator("#catalogue-entry-" + typed.requireId())).hasCount(0);
            assertThat(catalogue.find(typed.requireId())).isEmpty();
            assertThat(wall.locator("#line-luettelo .catalogue-card")).hasCount(10);
        } finally {
            catalogue.ofLine(line.requireId()).stream().filter(e -> e.url().startsWith(E2E))
                    .forEach(e -> catalogue.remove(e.requireId()));
        }
        assertThat(wall.locator("#line-luettelo .catalogue-card")).hasCount(8);
    }

    /** The element as the screen shows it, read by zbarimg: what a visitor's camera would see. */
    private static String decode(Locator image) throws Exception {
        Path png = Files.createTempFile("catalogue-qr", ".png");
        image.screenshot(new Locator.ScreenshotOptions().setPath(png));
        return zbarimg(png);
    }

    private static String zbarimg(Path png) throws Exception {
        Process zbarimg = new ProcessBuilder("zbarimg", "-q", "--raw", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String decoded = new String(zbarimg.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(zbarimg.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return decoded;
    }
}
