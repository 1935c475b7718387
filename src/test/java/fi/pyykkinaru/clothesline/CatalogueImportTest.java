package fi.pyykkinaru.clothesline;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.PdfChecks;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PyykkinaruTest
class CatalogueImportTest {

    @Autowired CatalogueImport importer;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueReceipts receipts;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired SlipVoices voices;
    @Autowired Events events;
    @Autowired Translations translations;

    private Event event;
    private Line line;

    @BeforeEach
    void catalogueLine() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        line = lines.create(Line.create(event.requireId(), "luettelo", LineKind.CATALOGUE,
                new LocalizedText("Luettelossa", "I katalogen", "In the catalogue"), 1));
    }

    @Test
    void good_rows_are_imported_and_each_bad_row_is_reported_by_its_spreadsheet_row_and_left_out() {
        String csv = "\uFEFFNimi;Kuvaus;Organisaatio;Alue;Teemat;Osoite;Tyhjä;\n"
                + "Kävelevä kahvila;Kävellään yhdessä;Kotikulma ry;Pirkanmaa;yksinäisyys, liikunta;https://example.org/a;;\n"
                + ";Nimetön;;;;https://example.org/b;;\n"
                + "Ilman osoitetta;;;;;;;\n"
                + "Väärä alue;;;Mordor;;javascript:alert(1);;\n"
                + "Språkvän;;;Österbotten;;https://example.org/c;;\n"
                + "Sama uudelleen;;;;;https://example.org/a;;\n";

        CatalogueImport.Result result = importer.importFile(line, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.fileProblem()).isNull();
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.skippedRows()).containsExactly(3, 4, 5, 7);
        assertThat(result.problems()).extracting(CatalogueProblem::row, CatalogueProblem::field, CatalogueProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(3, CatalogueField.TITLE, "catalogue.problem.title-missing"),
                        org.assertj.core.groups.Tuple.tuple(4, CatalogueField.URL, "catalogue.problem.url-missing"),
                        org.assertj.core.groups.Tuple.tuple(5, CatalogueField.REGION, "catalogue.problem.region"),
                        org.assertj.core.groups.Tuple.tuple(5, CatalogueField.URL, "catalogue.problem.url-invalid"),
                        org.assertj.core.groups.Tuple.tuple(7, CatalogueField.URL, "catalogue.problem.url-repeated"));
        List<CatalogueEntry> entries = catalogue.ofLine(line.requireId());
        assertThat(entries).extracting(CatalogueEntry::title).containsExactly("Kävelevä kahvila", "Språkvän");
        assertThat(entries.getFirst().region()).isEqualTo(Region.PIRKANMAA);
        assertThat(entries.get(1).region()).as("a region's Swedish name").isEqualTo(Region.POHJANMAA);
        assertThat(entries.getFirst().themes()).isEqualTo("yksinäisyys, liikunta");
    }

    @Test
    void importing_the_same_file_again_updates_entries_by_their_address_instead_of_doubling_them() throws Exception {
        importer.importFile(line, xlsx("Kävelevä kahvila", "Vanha kuvaus"));

        CatalogueImport.Result again = importer.importFile(line, xlsx("Kävelevä kahvila (päivitetty)", "Uusi kuvaus"));

        assertThat(again.added()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(catalogue.ofLine(line.requireId())).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Kävelevä kahvila (päivitetty)");
            assertThat(entry.summary()).isEqualTo("Uusi kuvaus");
            assertThat(entry.url()).as("a cell linked to the page, its text not an address")
                    .isEqualTo("https://example.org/kaveleva");
        });
    }

    @Test
    void a_file_without_title_or_address_columns_says_which_headings_it_needs_in_every_language() {
        CatalogueImport.Result result = importer.importFile(line, "name;link\nA;https://example.org\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(result.fileProblem()).isEqualTo("catalogue.import.columns");
        assertThat(result.fileProblemArgs()).hasSize(3);
        assertThat(result.fileProblemArgs().getFirst().toString()).contains("Nimi", "Osoite");
        assertThat(catalogue.ofLine(line.requireId())).isEmpty();
        assertThat(importer.importFile(line, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}).fileProblem())
                .isEqualTo("catalogue.import.unreadable");
    }

    @Test
    void the_template_imports_as_it_is_in_each_language() {
        for (var locale : Translations.LOCALES) {
            Line own = lines.create(Line.create(event.requireId(), "luettelo-" + locale.getLanguage(), LineKind.CATALOGUE,
                    new LocalizedText("L", "L", "L"), 2));
            assertThat(importer.importFile(own, importer.templateXlsx(locale)).added()).as("XLSX " + locale).isEqualTo(2);
            assertThat(importer.importFile(own, importer.templateCsv(locale)).updated()).as("CSV " + locale).isEqualTo(2);
        }
    }

    @Test
    void removing_an_entry_keeps_the_report_linked_to_it_on_the_wall_unlinked() {
        CatalogueEntry entry = catalogue.add(line, new CatalogueDraft("https://example.org/x", "X", null, null, null,
                null, null));
        Line practices = TestEvents.practiceLine(lines, event);
        Slip slip = slips.peg(practices.requireId(), new SlipDraft("X meillä", "Teemme X:ää myös meillä.", null, Ownership.OWN, null,
                java.util.Set.of(), null, null, null, false), null);
        catalogue.link(slip.requireId(), entry.requireId());
        assertThat(catalogue.ofSlip(slip.requireId())).map(CatalogueEntry::id).contains(entry.id());
        assertThat(catalogue.linked(List.of(slip.requireId()))).containsExactly(slip.requireId());

        catalogue.remove(entry.requireId());

        assertThat(catalogue.ofSlip(slip.requireId())).isEmpty();
        assertThat(slips.published(slip.requireId())).isPresent();
    }

    @Test
    void removing_an_entry_visitors_added_their_voice_to_takes_the_voices_along() {
        CatalogueEntry entry = catalogue.add(line, new CatalogueDraft("https://example.org/y", "Y", null, null, null,
                null, null));
        voices.addToEntry(entry.requireId(), "Meilläkin", null);
        assertThat(voices.ofEntries(List.of(entry.requireId()))).containsEntry(entry.requireId(), 1L);

        catalogue.remove(entry.requireId());

        assertThat(catalogue.find(entry.requireId())).isEmpty();
        assertThat(voices.ofEntries(List.of(entry.requireId())).getOrDefault(entry.requireId(), 0L)).isZero();
    }

    @Test
    void the_receipt_carries_the_practice_and_a_qr_code_that_reads_as_its_catalogue_address() throws Exception {
        CatalogueEntry entry = catalogue.add(line, new CatalogueDraft("https://example.org/kaytannot/kaveleva-kahvila",
                "Kävelevä kahvila", "Ikäihmiset ja opiskelijat kävelevät yhdessä. ".repeat(30), "Kotikulma ry",
                Region.PIRKANMAA, "yksinäisyys", null));

        byte[] pdf = receipts.receipt(entry.requireId(), Translations.FINNISH);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("Kävelevä kahvila", "Kotikulma ry · Pirkanmaa", "Lue lisää käytäntöluettelosta",
                "example.org");
        assertThat(PdfChecks.pageSizes(pdf)).singleElement()
                .satisfies(page -> assertThat(PdfChecks.mm(page)).startsWith("80x"));
        assertThat(PdfChecks.qrCodes(pdf, Files.createTempDirectory("catalogue-receipt")))
                .containsExactly("https://example.org/kaytannot/kaveleva-kahvila");
    }

    private static byte[] xlsx(String title, String summary) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Luettelo");
            sheet.createRow(0);
            Row heading = sheet.createRow(1);
            heading.createCell(0).setCellValue("Title");
            heading.createCell(1).setCellValue("Summary");
            heading.createCell(2).setCellValue("URL");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(title);
            row.createCell(1).setCellValue(summary);
            row.createCell(2).setCellValue("Lue luettelossa");
            Hyperlink link = book.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress("https://example.org/kaveleva");
            row.getCell(2).setHyperlink(link);
            book.write(out);
            return out.toByteArray();
        }
    }
}
