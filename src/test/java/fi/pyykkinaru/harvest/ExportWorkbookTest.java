package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.text.CsvFiles;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The exports as one Excel workbook, read back with Apache POI as a spreadsheet would read it. */
@PyykkinaruTest
class ExportWorkbookTest {

    private static final Locale FINNISH = Locale.of("fi");

    @Autowired Exports exports;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired Sessions sessions;
    @Autowired Feedback feedback;
    @Autowired Registrations registrations;
    @Autowired Translations translations;
    @Autowired Reports reports;
    @Autowired Clock clock;

    private HarvestTestData data;

    @BeforeEach
    void data() {
        data = new HarvestTestData(events, lines, slips);
        Session session = sessions.save(new Session(null, data.event.id(), SessionTokens.next(), "Työpaja: kylät",
                null, Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-01T11:00:00Z"), "Sali 1",
                null, null, null, SessionOrigin.OPEN_CALL, "fi", 0));
        feedback.vote(session, "phone:a", Score.M1, Channel.PHONE);
        registrations.register(data.event, new RegistrationDraft("Päivi Könönen", "Kuopion kaupunki",
                OrganisationType.PUBLIC, Region.POHJOIS_SAVO, List.of("fi"), "paivi@example.fi", true),
                RegistrationSource.STAFF);
    }

    @Test
    void every_table_is_a_sheet_of_its_own_with_its_heading_frozen_in_the_readers_words() throws Exception {
        byte[] file = exports.xlsx(data.event, false, FINNISH);
        Files.write(Path.of("target", "harvest.xlsx"), file);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Laput", "Raportit tiloineen", "Palaute", "Ilmoittautuneet");
            for (Sheet sheet : book) {
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as(sheet.getSheetName()).isNotNull();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).as("the heading row stays in view").isEqualTo((short) 1);
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            }
            Sheet slipSheet = book.getSheet("Laput");
            assertThat(heading(slipSheet)).startsWith("Nro", "Naru", "Otsikko");
        }
    }

    @Test
    void numbers_are_numbers_times_are_dates_and_words_stay_text() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(data.event, false, FINNISH)))) {
            Sheet slipSheet = book.getSheet("Laput");
            List<String> heading = heading(slipSheet);
            Row first = slipSheet.getRow(1);
            Cell id = first.getCell(heading.indexOf("Nro"));
            assertThat(id.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) id.getNumericCellValue()).isEqualTo(data.withPersonalData.requireId());
            Cell hung = first.getCell(heading.indexOf("Ripustettu"));
            assertThat(hung.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(hung)).as("a date a spreadsheet sorts, shown as one").isTrue();
            LocalDateTime local = data.withPersonalData.createdAt().atZone(clock.getZone()).toLocalDateTime()
                    .withSecond(0).withNano(0);
            assertThat(hung.getLocalDateTimeCellValue()).isEqualTo(local);
            assertThat(first.getCell(heading.indexOf("Alue")).getStringCellValue()).isEqualTo("Pohjanmaa");
            assertThat(first.getCell(heading.indexOf("Lupa yhteydenottoon")).getStringCellValue()).isEqualTo("kyllä");

            Sheet feedbackSheet = book.getSheet("Palaute");
            Cell score = feedbackSheet.getRow(1).getCell(heading(feedbackSheet).indexOf("Arvio (−2…+2)"));
            assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(score.getNumericCellValue()).isEqualTo(-1.0);

            Sheet registrationSheet = book.getSheet("Ilmoittautuneet");
            assertThat(registrationSheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Päivi Könönen");
        }
    }

    @Test
    void the_workbook_holds_what_the_csv_files_hold() throws Exception {
        // The slips' reports are made after the slips, on their own thread: both files are read once they are all there.
        data.reports(reports);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(data.event, false, FINNISH)))) {
            for (Exports.Kind kind : Exports.Kind.values()) {
                Sheet sheet = book.getSheetAt(kind.ordinal());
                List<CSVRecord> csv = read(exports.csv(kind, data.event, false, FINNISH));
                assertThat(sheet.getLastRowNum()).as(kind.name()).isEqualTo(csv.size());
                List<String> heading = heading(sheet);
                for (int r = 0; r < csv.size(); r++) {
                    Row row = sheet.getRow(r + 1);
                    for (int c = 0; c < heading.size(); c++) {
                        assertThat(text(row.getCell(c))).as(kind + " " + heading.get(c)).isEqualTo(csv.get(r).get(c));
                    }
                }
            }
        }
    }

    @Test
    void the_anonymised_workbook_holds_no_personal_data() throws Exception {
        data.reports(reports);
        List<String> personal = Stream.of("reporter_name", "reporter_email", "owner_contact", "contact", "comment",
                "name", "email", "badge_code").map(c -> translations.getTranslation("export.column." + c, FINNISH)).toList();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(data.event, true, FINNISH)))) {
            for (Sheet sheet : book) {
                assertThat(heading(sheet)).as(sheet.getSheetName()).isNotEmpty().doesNotContainAnyElementsOf(personal);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(text(cell)).doesNotContain(data.reporter, data.reporterEmail, data.ownerEmail,
                                data.ownerPhone, "Päivi Könönen");
                    }
                }
            }
        }
    }

    private static List<String> heading(Sheet sheet) {
        List<String> heading = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> heading.add(cell.getStringCellValue()));
        return heading;
    }

    /** A cell as the CSV writes it: whole numbers without decimals, times as local minutes. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return Exports.TIME.format(cell.getLocalDateTimeCellValue());
            }
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
        return cell.getStringCellValue();
    }

    private static List<CSVRecord> read(byte[] csv) throws Exception {
        try (CSVParser parser = CsvFiles.read(new ByteArrayInputStream(csv))) {
            return new ArrayList<>(parser.getRecords());
        }
    }
}
