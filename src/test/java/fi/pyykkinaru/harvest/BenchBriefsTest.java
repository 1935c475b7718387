package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bench-café brief as the organiser edits it, saved as they go, and the PDF and the exports telling the same. */
@PyykkinaruTest
class BenchBriefsTest {

    private static final Locale FINNISH = Locale.of("fi");

    @Autowired BenchBriefs briefs;
    @Autowired Exports exports;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired PrintQueue queue;
    @Autowired JdbcClient jdbc;

    private Event event;
    private Line bench;
    private Slip bus;
    private Slip library;
    private Slip clinic;

    @BeforeEach
    void data() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        bench = lines.create(new Line(null, event.requireId(), "penkkikahvila", LineKind.ANSWER, new LocalizedText(
                "Mitä päättäjien pitäisi kuulla?", "Vad borde beslutsfattarna höra?", "What should decision-makers hear?"),
                null, 3, true, true, true, 0));
        bus = slips.peg(bench.requireId(), SlipDraft.answer("Lisää iltabusseja", "Muuten en pääse harrastuksiin.",
                Region.KAINUU, Set.of("ikaantyneet")), "Halli A");
        library = slips.peg(bench.requireId(), SlipDraft.answer("Kirjastot auki sunnuntaisin", null, Region.SATAKUNTA,
                Set.of()), "Halli A");
        clinic = slips.peg(bench.requireId(), SlipDraft.answer("lisää iltabusseja!", null, null, Set.of()), "Halli A");
    }

    @Test
    void the_bench_brief_is_about_the_bench_cafe_line_or_one_the_organiser_chooses() {
        Line superpower = Line.create(event.id(), "supervoima", LineKind.ANSWER, new LocalizedText("a", "b", "c"), 1);
        Line benchLine = Line.create(event.id(), "penkkikahvila", LineKind.ANSWER, new LocalizedText("a", "b", "c"), 2);
        Line benchToo = Line.create(event.id(), "bench-cafe-2", LineKind.ANSWER, new LocalizedText("a", "b", "c"), 3);

        assertThat(BenchBriefs.benchCafeLine(List.of(superpower, benchLine))).contains(benchLine);
        assertThat(BenchBriefs.benchCafeLine(List.of(superpower))).as("never silently another line").isEmpty();
        assertThat(BenchBriefs.benchCafeLine(List.of(superpower, benchLine, benchToo))).as("two: the organiser chooses")
                .isEmpty();
    }

    @Test
    void an_untouched_brief_counts_the_same_answer_once_with_how_many_gave_it() throws Exception {
        String text = PdfChecks.text(briefs.pdf(event, bench, FINNISH)).replaceAll("\\s+", " ");

        assertThat(text).contains("3 vastausta, 2 erilaista", "Lisää iltabusseja 2", "Kirjastot auki sunnuntaisin 1")
                .doesNotContain("Vastaajien sanoin");
    }

    @Test
    void picks_their_order_and_the_summaries_are_saved_as_they_are_made() {
        briefs.pick(bench, library.requireId());
        briefs.pick(bench, bus.requireId());
        briefs.pick(bench, clinic.requireId());
        briefs.pick(bench, bus.requireId());
        briefs.move(bench, bus.requireId(), -1);
        briefs.drop(bench, clinic.requireId());
        briefs.summarise(bench, "ikaantyneet", "  Iltaisin pitää päästä liikkeelle.  ");

        BenchBrief saved = briefs.of(bench);
        assertThat(saved.slipIds()).as("picked once, moved first, one dropped").containsExactly(bus.id(), library.id());
        assertThat(saved.summary("ikaantyneet")).isEqualTo("Iltaisin pitää päästä liikkeelle.");
        assertThat(jdbc.sql("select q.slip_id from brief_quote q join bench_brief b on b.id = q.bench_brief_id "
                        + "where b.line_id = ? order by q.position")
                .param(bench.requireId()).query(Long.class).list()).containsExactly(bus.id(), library.id());

        briefs.summarise(bench, "ikaantyneet", " ");
        assertThat(briefs.of(bench).summaries()).as("a blank summary is no summary").isEmpty();
    }

    @Test
    void only_an_answer_on_the_wall_of_the_line_can_be_quoted() {
        Line other = TestEvents.answerLine(lines, event);
        Slip elsewhere = slips.peg(other.requireId(), SlipDraft.answer("Sisu", null, null), "Halli A");

        assertThatThrownBy(() -> briefs.pick(bench, elsewhere.requireId())).isInstanceOf(IllegalArgumentException.class);
        assertThat(briefs.of(bench).quotes()).isEmpty();
    }

    @Test
    void the_pdf_sums_up_by_theme_and_reads_the_quotes_in_the_order_picked() throws Exception {
        briefs.pick(bench, library.requireId());
        briefs.pick(bench, bus.requireId());
        briefs.summarise(bench, "ikaantyneet", "Iltaisin pitää päästä liikkeelle.");

        String text = PdfChecks.text(briefs.pdf(event, bench, FINNISH)).replaceAll("\\s+", " ");

        assertThat(text).contains("Ikääntyneet Iltaisin pitää päästä liikkeelle.", "Vastaajien sanoin",
                // One answer from each region of three: the published brief does not name it.
                "“Kirjastot auki sunnuntaisin” alle 5",
                "“Lisää iltabusseja — Muuten en pääse harrastuksiin.” alle 5 · Ikääntyneet", "Kaikki vastaukset");
        assertThat(text.indexOf("Kirjastot auki sunnuntaisin”")).isLessThan(text.indexOf("Lisää iltabusseja —"));
    }

    @Test
    void the_brief_quotes_the_answers_as_the_exported_slips_give_them() throws Exception {
        briefs.pick(bench, bus.requireId());
        briefs.pick(bench, library.requireId());
        String text = PdfChecks.text(briefs.pdf(event, bench, FINNISH)).replaceAll("\\s+", " ");

        List<List<String>> exported = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(event, true, FINNISH)))) {
            Sheet sheet = book.getSheet("Laput");
            List<String> heading = cells(sheet.getRow(0));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                List<String> row = cells(sheet.getRow(r));
                if (row.get(heading.indexOf("Naru")).equals("penkkikahvila")
                        && row.get(heading.indexOf("Tila")).equals("Narulla")) {
                    exported.add(List.of(row.get(heading.indexOf("Nro")), row.get(heading.indexOf("Otsikko")),
                            row.get(heading.indexOf("Kuvaus")), row.get(heading.indexOf("Alue")),
                            row.get(heading.indexOf("Teemat"))));
                }
            }
        }
        assertThat(exported).as("every answer on the wall, and the brief counts as many").hasSize(3);
        assertThat(text).contains(exported.size() + " vastausta");
        for (long picked : briefs.of(bench).slipIds()) {
            List<String> row = exported.stream().filter(r -> r.getFirst().equals(String.valueOf(picked))).findFirst()
                    .orElseThrow();
            String quote = row.get(2).isEmpty() ? row.get(1) : row.get(1) + " — " + row.get(2);
            String by = String.join(" · ", row.subList(3, 5).stream().filter(s -> !s.isEmpty()).toList());
            assertThat(text).as("the quote and its attribution in the export's words").contains("“" + quote + "” " + by);
        }
    }

    @Test
    void a_printed_brief_goes_to_the_a4_printer_as_it_stands() throws Exception {
        briefs.pick(bench, bus.requireId());

        PrintJob job = briefs.print(event, bench, FINNISH, null);

        assertThat(job.kind()).isEqualTo(PrintKind.BRIEF);
        assertThat(job.media()).isEqualTo("iso_a4_210x297mm");
        assertThat(PdfChecks.text(queue.document(job.id()))).contains("Lisää iltabusseja");
        assertThat(PdfChecks.mm(PdfChecks.pageSizes(queue.document(job.id())).getFirst())).isEqualTo("210x297");
    }

    @Test
    void the_briefs_and_their_prints_go_with_the_event() {
        briefs.pick(bench, bus.requireId());
        briefs.print(event, bench, FINNISH, null);

        events.remove(event.requireId());

        assertThat(jdbc.sql("select count(*) from bench_brief where event_id = ?").param(event.requireId())
                .query(Long.class).single()).isZero();
        assertThat(queue.subjects(PrintKind.BRIEF)).noneMatch(s -> s.startsWith(BenchBriefs.subjectPrefix(event.requireId())));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            var cell = row.getCell(i);
            cells.add(cell == null ? "" : switch (cell.getCellType()) {
                case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                default -> cell.getStringCellValue();
            });
        }
        return cells;
    }
}
