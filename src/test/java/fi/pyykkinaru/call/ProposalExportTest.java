package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.text.CsvFiles;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The planning group's files: proposals with answers and score summaries, and every review's scores. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class ProposalExportTest {

    private static final Locale FINNISH = Locale.of("fi");

    @Autowired ProposalExport export;
    @Autowired Calls calls;
    @Autowired Events events;
    @Autowired AuditLog audit;
    @Autowired ApplicationContext context;
    Event event;
    Call call;

    @BeforeEach
    void proposalsReviewed() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Call opened = calls.open(event, CallKind.SESSIONS);
        List<Question> questions = new ArrayList<>(opened.questions());
        questions.add(new Question("online", QuestionKind.YES_NO, false, null,
                new LocalizedText("Etänä?", "På distans?", "Online?"), null));
        call = calls.save(new Call(opened.id(), opened.eventId(), opened.kind(), opened.opensAt(), opened.closesAt(),
                opened.intro(), opened.terms(), opened.chosenMessage(), opened.declinedMessage(), questions,
                opened.criteria(), opened.version()));
        Proposal first = CallSetupTestAccess.propose(context, call, "Harmaa alue",
                Map.of("idea", "=HYPERLINK(\"http://x\")", "why", "Koska\nmonta riviä", "online", "yes"),
                LocalDateTime.of(2026, 12, 2, 14, 5).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
        CallSetupTestAccess.review(context, first, "aino", Map.of("aim", 5, "interaction", 4, "novelty", 5,
                "smaller-actors", 4), "Vahva");
        CallSetupTestAccess.review(context, first, "bertil", Map.of("aim", 3, "interaction", 3, "novelty", 2,
                "smaller-actors", 2), "Epäselvä toteutus");
        Proposal chosen = CallSetupTestAccess.propose(context, call, "Toinen", Map.of("idea", "Idea"),
                LocalDateTime.of(2026, 12, 3, 9, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
        CallSetupTestAccess.withStatus(context, chosen, ProposalStatus.CHOSEN);
        Proposal draft = CallSetupTestAccess.propose(context, call, "Keskeneräinen", Map.of(), java.time.Instant.now());
        CallSetupTestAccess.withStatus(context, draft, ProposalStatus.DRAFT);
    }

    @Test
    void the_proposals_csv_has_answers_under_their_labels_and_the_reviews_summed_up() throws Exception {
        byte[] file = export.proposalsCsv(call, event, FINNISH);

        assertThat(new String(file, 0, 3, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("ï»¿");
        try (CSVParser csv = CsvFiles.read(new ByteArrayInputStream(file))) {
            List<String> headings = csv.getHeaderNames();
            assertThat(headings).startsWith("Tila", "Otsikko", "Vastuuhenkilö", "Organisaatio", "Sähköposti", "Puhelin",
                    "Lähetetty", "Kuvaile lyhyesti session ideaa.");
            assertThat(headings).doesNotContain("Vastuuhenkilön yhteystiedot")
                    .contains("Etänä?", "Sopivuus tapahtuman tavoitteeseen (keskiarvo)", "Keskiarvo", "Arvioita",
                            "Kommentti: aino", "Kommentti: bertil");
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).as("drafts are left out").hasSize(2);
            CSVRecord first = rows.getFirst();
            assertThat(first.get("Tila")).isEqualTo("Lähetetty");
            assertThat(first.get("Lähetetty")).isEqualTo("2026-12-02 14:05");
            assertThat(first.get("Sähköposti")).isEqualTo("maija@example.org");
            // Neutralised as OWASP advises: a spreadsheet shows the applicant's text and runs no formula.
            assertThat(first.get("Kuvaile lyhyesti session ideaa.")).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(first.get(8)).isEqualTo("Koska\nmonta riviä");
            assertThat(first.get("Etänä?")).isEqualTo("kyllä");
            assertThat(first.get("Sopivuus tapahtuman tavoitteeseen (keskiarvo)")).isEqualTo("4");
            assertThat(first.get("Keskiarvo")).as("mean of the reviewers' means 4.5 and 2.5").isEqualTo("3,5");
            assertThat(first.get(headings.indexOf("Keskiarvo") + 1)).as("spread").isEqualTo("2");
            assertThat(first.get("Arvioita")).isEqualTo("2");
            assertThat(first.get("Kommentti: bertil")).isEqualTo("Epäselvä toteutus");
            assertThat(rows.get(1).get("Tila")).isEqualTo("Valittu");
            assertThat(rows.get(1).get("Keskiarvo")).as("no reviews yet").isEmpty();
        }
        assertThat(audit.recent(1).getFirst().target()).isEqualTo(event.slug() + "-sessions-proposals.csv");
    }

    @Test
    void the_proposals_workbook_has_a_bold_frozen_heading_and_numbers_as_numbers() throws Exception {
        byte[] file = export.proposalsXlsx(call, event, Locale.ENGLISH);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Proposals");
            Row heading = sheet.getRow(0);
            assertThat(heading.getCell(0).getStringCellValue()).isEqualTo("Status");
            assertThat(book.getFontAt(heading.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            int mean = column(heading, "Mean");
            Cell meanCell = sheet.getRow(1).getCell(mean);
            assertThat(meanCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(meanCell.getNumericCellValue()).isEqualTo(3.5);
            Cell idea = sheet.getRow(1).getCell(column(heading, "Describe the idea of the session briefly."));
            assertThat(idea.getCellType()).as("a formula typed by an applicant stays text").isEqualTo(CellType.STRING);
            assertThat(idea.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(1).getCell(column(heading, "Status")).getStringCellValue()).isEqualTo("Submitted");
            assertThat(sheet.getColumnWidth(column(heading, "Title"))).isBetween(8 * 256, 60 * 256);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void the_scores_csv_has_a_row_per_review() throws Exception {
        try (CSVParser csv = CsvFiles.read(new ByteArrayInputStream(export.scoresCsv(call, event, Locale.ENGLISH)))) {
            assertThat(csv.getHeaderNames()).containsExactly("Title", "Reviewer", "Fit to the event's aim",
                    "Interaction with the audience", call.criteria().get(2).label().en(),
                    call.criteria().get(3).label().en(), "Comment");
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).extracting(r -> r.get("Reviewer")).containsExactly("aino", "bertil");
            assertThat(rows.get(1).get("Fit to the event's aim")).isEqualTo("3");
            assertThat(rows.get(0).get("Comment")).isEqualTo("Vahva");
        }
    }

    private static int column(Row heading, String name) {
        for (Cell cell : heading) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + name);
    }
}
