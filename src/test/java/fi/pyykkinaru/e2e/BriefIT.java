package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineAnswer;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.BenchBrief;
import fi.pyykkinaru.harvest.BenchBriefs;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organiser makes the bench-café brief of the sample day in a real browser at 1920×1080: clears the quotes the
 * sample began with, picks two answers narrowed by region and theme, puts them in order, sums up a theme, previews,
 * prints, and takes home the PDF and the Excel workbook. The sample's brief is put back afterwards.
 */
class BriefIT extends BrowserTest {

    private static final String SUMMARY = "Koulujen ja nuorten palveluihin tarvitaan apua viikoissa, ei kuukausissa.";

    @Autowired JdbcClient jdbc;
    @Autowired Lines lines;
    @Autowired BenchBriefs briefs;
    @Autowired PrintQueue queue;

    private Event sample;
    private Line bench;
    private BenchBrief before;

    @BeforeEach
    void sampleBrief() {
        sample = events.bySlug("sample").orElseThrow();
        bench = lines.active(sample.requireId()).stream().filter(l -> l.code().equals("penkkikahvila")).findFirst()
                .orElseThrow();
        before = briefs.of(bench);
    }

    @AfterEach
    void putTheSampleBriefBack() {
        briefs.of(bench).slipIds().forEach(id -> briefs.drop(bench, id));
        before.slipIds().forEach(id -> briefs.pick(bench, id));
        sample.themes().forEach(theme -> briefs.summarise(bench, theme.code(), before.summary(theme.code())));
        String prefix = "brief:" + sample.requireId() + ":";
        queue.forget(PrintKind.BRIEF, queue.subjects(PrintKind.BRIEF).stream().filter(s -> s.startsWith(prefix)).toList());
    }

    @Test
    void the_organiser_builds_the_brief_prints_it_and_downloads_the_pdf_and_the_workbook() throws Exception {
        long library = answer("Kirjastot auki");
        long psychologist = answer("Koulupsykologille");
        Page organiser = standScreen();
        logIn(organiser, "/harvest");
        organiser.locator("#harvest-exports").scrollIntoViewIfNeeded();
        organiser.locator("#brief-edit").click();
        Locator editor = organiser.locator("#brief-editor");
        assertThat(organiser.locator("#brief-answers")).isVisible();
        screenshot(organiser, "brief-editor-sample-1920x1080");

        // The sample's quotes out, then the two the organiser wants.
        for (long id : before.slipIds()) {
            settle(organiser);
            organiser.locator("#brief-drop-" + id).click();
            assertThat(organiser.locator("#brief-drop-" + id)).hasCount(0);
        }
        choose(organiser, "#brief-region", "Satakunta");
        assertThat(organiser.locator("#brief-answers .brief-row")).hasCount(1);
        organiser.locator("#brief-pick-" + library).click();
        assertThat(organiser.locator("#brief-drop-" + library)).isVisible();
        choose(organiser, "#brief-region", "Kaikki");
        // Every answer on the line's wall, however many other tests of the shared app have added.
        assertThat(organiser.locator("#brief-answers .brief-row")).hasCount(briefs.answers(bench).size());
        choose(organiser, "#brief-theme", "Mielenterveys");
        // The list is drawn anew for the theme: wait for it, or the tap lands on a row on its way out.
        assertThat(organiser.locator("#brief-answers .brief-row")).hasCount(2);
        organiser.locator("#brief-pick-" + psychologist).click();
        assertThat(organiser.locator("#brief-drop-" + psychologist)).isVisible();
        // The psychologist's waiting time is the stronger opening.
        organiser.locator("#brief-up-" + psychologist).click();
        assertThat(organiser.locator("#brief-quotes .brief-quote").first()).containsText("Koulupsykologille");
        organiser.locator("#brief-summary-mielenterveys textarea").fill(SUMMARY);
        organiser.locator("#brief-summary-mielenterveys textarea").blur();
        assertThat(organiser.locator("#brief-message")).hasText("Tallennettu");
        organiser.locator("#brief-preview-show").click();
        assertThat(organiser.locator("#brief-preview")).containsText(SUMMARY);
        screenshot(organiser, "brief-editor-1920x1080");
        organiser.locator("#brief-preview").scrollIntoViewIfNeeded();
        screenshot(organiser, "brief-preview-1920x1080");

        assertThat(jdbc.sql("select q.slip_id from brief_quote q join bench_brief b on b.id = q.bench_brief_id "
                        + "where b.line_id = ? order by q.position").param(bench.requireId()).query(Long.class).list())
                .containsExactly(psychologist, library);
        assertThat(jdbc.sql("select s.text from brief_summary s join bench_brief b on b.id = s.bench_brief_id "
                        + "where b.line_id = ? and s.theme_code = 'mielenterveys'").param(bench.requireId())
                .query(String.class).single()).isEqualTo(SUMMARY);

        organiser.locator("#brief-print").click();
        assertThat(organiser.locator("#brief-message")).containsText("tulostusjonossa");
        long job = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select max(id) from print_job where kind = 'BRIEF' and subject like ?")
                .param("brief:" + sample.requireId() + ":%").query(Long.class).optional().orElse(null), id -> id != null);
        assertThat(PdfChecks.text(queue.document(job))).contains(SUMMARY);

        Download pdf = organiser.waitForDownload(() -> organiser.locator("#brief-download").click());
        byte[] brief = Files.readAllBytes(pdf.path());
        String text = PdfChecks.text(brief).replaceAll("\\s+", " ");
        assertThat(text).contains("Mielenterveys " + SUMMARY, "Vastaajien sanoin", "Kaikki vastaukset");
        assertThat(text.indexOf("“Koulupsykologille")).isPositive().isLessThan(text.indexOf("“Kirjastot auki"));
        render(brief, "brief-pdf");

        editor.locator("#brief-close").click();
        assertThat(editor).isHidden();
        Download xlsx = organiser.waitForDownload(() -> organiser.locator("#export-xlsx").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("sample-harvest.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            Sheet slips = book.getSheet("Laput");
            assertThat(slips.getPaneInformation().isFreezePane()).isTrue();
            assertThat(slips.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nro");
            boolean found = false;
            for (int r = 1; r <= slips.getLastRowNum(); r++) {
                if (slips.getRow(r).getCell(0).getCellType() == CellType.NUMERIC
                        && (long) slips.getRow(r).getCell(0).getNumericCellValue() == psychologist) {
                    found = true;
                    assertThat(slips.getRow(r).getCell(2).getStringCellValue())
                            .as("the brief quotes the answer as the export gives it").isEqualTo(answerText(psychologist));
                }
            }
            assertThat(found).as("the quoted answer is in the workbook").isTrue();
        }
        screenshot(organiser, "brief-exports-1920x1080");
    }

    private long answer(String start) {
        return briefs.answers(bench).stream().filter(a -> a.title().startsWith(start)).findFirst().orElseThrow().slipId();
    }

    private String answerText(long slipId) {
        return briefs.answers(bench).stream().filter(a -> a.slipId() == slipId).map(LineAnswer::title).findFirst()
                .orElseThrow();
    }

    private static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText(item)).first().click();
    }

    /** The PDF's pages as PNG images beside the screenshots, to be looked at. */
    private static void render(byte[] pdf, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", "80", "-png", file.toString(),
                SCREENSHOTS.resolve(name).toString()).redirectErrorStream(true).start();
        pdftoppm.getInputStream().readAllBytes();
        assertThat(pdftoppm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(pdftoppm.exitValue()).isZero();
        try (var pages = Files.list(SCREENSHOTS)) {
            assertThat(pages.map(Path::getFileName).map(Path::toString).filter(n -> n.startsWith(name + "-")).toList())
                    .isNotEmpty();
        }
    }
}
