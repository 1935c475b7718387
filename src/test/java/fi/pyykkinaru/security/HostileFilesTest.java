package fi.pyykkinaru.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.badge.PreRegistrationImport;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.CatalogueImport;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.SetupProblems.Problem;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.session.ImportResult;
import fi.pyykkinaru.session.ProgrammeImport;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.setup.SetupFile;
import fi.pyykkinaru.setup.SetupImport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files organisers bring that are broken, hostile or not what they say: the programme (CSV, iCalendar), the
 * pre-registration list (CSV), the catalogue (XLSX, XLS, CSV) and the event's set-up (JSON). Each is refused with a
 * translated message key, never an exception, and nothing of it is stored; markup and formulas in a good file are
 * kept as the text they are.
 */
@PyykkinaruTest
class HostileFilesTest {

    private static final String HEAD = "title;start;end\n";
    private static final String ROW = "Avaus;2026-11-23 10:00;2026-11-23 11:00\n";

    @Autowired ProgrammeImport programme;
    @Autowired Sessions sessions;
    @Autowired PreRegistrationImport preRegistration;
    @Autowired Registrations registrations;
    @Autowired CatalogueImport catalogueImport;
    @Autowired Catalogue catalogue;
    @Autowired SetupFile setupFile;
    @Autowired Lines lines;
    @Autowired Events events;
    @Autowired JdbcTemplate jdbc;

    private Event event;

    @BeforeEach
    void newEvent() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
    }

    static Stream<Arguments> badProgrammes() {
        return Stream.of(
                Arguments.of("latin-1, not UTF-8", HEAD.getBytes(StandardCharsets.UTF_8),
                        "Käyttäjä;2026-11-23 10:00;2026-11-23 11:00\n".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("a picture, not a table", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
                        new byte[0]),
                Arguments.of("a quote never closed", HEAD.getBytes(StandardCharsets.UTF_8),
                        "\"Avaus;2026-11-23 10:00;2026-11-23 11:00\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a column named twice", "title;start;end;title\n".getBytes(StandardCharsets.UTF_8),
                        ROW.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("an empty file", new byte[0], new byte[0]),
                Arguments.of("only a byte order mark", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[0]),
                Arguments.of("the heading row only", HEAD.getBytes(StandardCharsets.UTF_8), new byte[0]),
                Arguments.of("a null byte in a title", HEAD.getBytes(StandardCharsets.UTF_8),
                        "Ava\u0000us;2026-11-23 10:00;2026-11-23 11:00\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("an escape sequence in a room", "title;start;end;room\n".getBytes(StandardCharsets.UTF_8),
                        "Avaus;2026-11-23 10:00;2026-11-23 11:00;\u001B[2JSali\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a time that is not one", HEAD.getBytes(StandardCharsets.UTF_8),
                        "Avaus;<script>;2026-11-23 11:00\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a year far away", HEAD.getBytes(StandardCharsets.UTF_8),
                        "Avaus;+999999999-11-23T10:00:00Z;+999999999-11-23T11:00:00Z\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("ten thousand columns", (String.join(";", java.util.Collections.nCopies(10_000, "x")) + "\n")
                        .getBytes(StandardCharsets.UTF_8), new byte[0]));
    }

    @ParameterizedTest(name = "programme CSV: {0}")
    @MethodSource("badProgrammes")
    void a_bad_programme_csv_is_refused_with_a_message_and_nothing_is_imported(String name, byte[] head, byte[] rows) {
        ImportResult result = programme.csv(event.requireId(), new ByteArrayInputStream(concat(head, rows)));

        assertThat(result.problems()).as(name).isNotEmpty().allSatisfy(p -> assertThat(p.messageKey()).startsWith("import.error."));
        assertThat(result.imported()).isEmpty();
        assertThat(sessions.programme(event.requireId())).as(name).isEmpty();
    }

    @Test
    void unnamed_empty_columns_as_excel_saves_them_are_no_fault() {
        String programmeCsv = "title;start;end;;\nAvaus;2026-11-23 10:00;2026-11-23 11:00;;\n";
        String registrationCsv = "name;organisation;;\nMäkelä;Kotikulma ry;;\n";

        ImportResult imported = programme.csv(event.requireId(), new ByteArrayInputStream(programmeCsv.getBytes(StandardCharsets.UTF_8)));
        PreRegistrationImport.Result registered = preRegistration.csv(event,
                new ByteArrayInputStream(registrationCsv.getBytes(StandardCharsets.UTF_8)));

        assertThat(imported.problems()).isEmpty();
        assertThat(registered.problems()).isEmpty();
        assertThat(registrations.all(event)).hasSize(1);
    }

    static Stream<Arguments> badCalendars() {
        return Stream.of(
                Arguments.of("not a calendar", "Tämä ei ole kalenteri\n"),
                Arguments.of("a calendar never ended", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Avaus\r\n"),
                Arguments.of("an event without a start", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n"
                        + "UID:1\r\nSUMMARY:Avaus\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
                Arguments.of("a start that is no date", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n"
                        + "UID:1\r\nSUMMARY:Avaus\r\nDTSTART:<script>\r\nDTEND:20261123T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
                Arguments.of("a time zone nobody has", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n"
                        + "UID:1\r\nSUMMARY:Avaus\r\nDTSTART;TZID=../../etc/passwd:20261123T100000\r\n"
                        + "DTEND;TZID=../../etc/passwd:20261123T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
                Arguments.of("no events at all", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n"),
                Arguments.of("nested a thousand deep", "BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\n".repeat(1000)
                        + "END:VEVENT\r\n".repeat(1000) + "END:VCALENDAR\r\n"));
    }

    @ParameterizedTest(name = "programme iCalendar: {0}")
    @MethodSource("badCalendars")
    void a_bad_calendar_is_refused_with_a_message_and_nothing_is_imported(String name, String file) {
        ImportResult result = programme.ics(event.requireId(), new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.problems()).as(name).isNotEmpty().allSatisfy(p -> assertThat(p.messageKey()).startsWith("import.error."));
        assertThat(sessions.programme(event.requireId())).as(name).isEmpty();
    }

    @Test
    void control_characters_in_a_calendar_never_reach_the_programme() {
        String calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
                + "SUMMARY:Ava\u0000us\u001B[2J\r\nLOCATION:Sali\u0007\r\nDTSTART:20261123T100000Z\r\n"
                + "DTEND:20261123T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        ImportResult result = programme.ics(event.requireId(), new ByteArrayInputStream(calendar.getBytes(StandardCharsets.UTF_8)));

        // The calendar reader drops some of them itself; any left are refused with the column named.
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.messageKey()).isEqualTo("import.error.control"));
        assertThat(sessions.programme(event.requireId())).allSatisfy(s -> {
            assertThat(fi.pyykkinaru.text.PlainText.hasControlCharacters(s.title(), false)).isFalse();
            assertThat(s.room() == null || !fi.pyykkinaru.text.PlainText.hasControlCharacters(s.room(), false)).isTrue();
        });
    }

    @Test
    void markup_and_formulas_in_a_good_programme_are_kept_as_text() {
        String csv = "title;start;end;room;description\n"
                + "<img src=x onerror=alert(1)>;2026-11-23 10:00;2026-11-23 11:00;=HYPERLINK(\"http://evil\");"
                + "\"<script>alert(1)</script>\"\n";

        ImportResult result = programme.csv(event.requireId(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.problems()).isEmpty();
        assertThat(sessions.programme(event.requireId())).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("<img src=x onerror=alert(1)>");
            assertThat(s.room()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(s.description()).isEqualTo("<script>alert(1)</script>");
        });
    }

    static Stream<Arguments> badRegistrationLists() {
        return Stream.of(
                Arguments.of("latin-1, not UTF-8", "name\nMäkelä\n".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("a quote never closed", "name;email\n\"Mäkelä;m@example.fi\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a column named twice", "name;email;name\nMäkelä;m@example.fi;Mäki\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("no name column", "nimi_ei;email\nMäkelä;m@example.fi\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("an empty file", new byte[0]),
                Arguments.of("a null byte in a name", "name\nMäk\u0000elä\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a line break in a name", "name\n\"Mäkelä\nRivi\"\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a name far too long", ("name\n" + "x".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("an address that is no address", "name;email\nMäkelä;<script>@\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a gzip file", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}));
    }

    @ParameterizedTest(name = "pre-registration CSV: {0}")
    @MethodSource("badRegistrationLists")
    void a_bad_pre_registration_list_is_refused_with_a_message_and_nobody_is_imported(String name, byte[] file) {
        PreRegistrationImport.Result result = preRegistration.csv(event, new ByteArrayInputStream(file));

        assertThat(result.problems()).as(name).isNotEmpty()
                .allSatisfy(p -> assertThat(p.messageKey()).matches("(import\\.error|registrations\\.import|register\\.error)\\..*"));
        assertThat(registrations.all(event)).as(name).isEmpty();
    }

    static Stream<Arguments> badCatalogues() throws IOException {
        byte[] good = workbook("Nimi", "Osoite", "Kävelevä kahvila", "https://example.org/a");
        return Stream.of(
                Arguments.of("a zip bomb (a sheet that inflates a thousandfold)", zipBomb(good)),
                Arguments.of("an external entity in the sheet", withSheet(good, """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                        <row r="1"><c r="A1" t="inlineStr"><is><t>Nimi</t></is></c><c r="B1" t="inlineStr"><is><t>Osoite</t></is></c></row>
                        <row r="2"><c r="A2" t="inlineStr"><is><t>&e;</t></is></c><c r="B2" t="inlineStr"><is><t>https://example.org/e</t></is></c></row>
                        </sheetData></worksheet>""")),
                Arguments.of("entities that expand a billion times", withSheet(good, """
                        <?xml version="1.0"?>
                        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
                        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                        <row r="1"><c r="A1" t="inlineStr"><is><t>&lol4;</t></is></c></row></sheetData></worksheet>""")),
                Arguments.of("a zip with no workbook in it", zip("readme.txt", "hei".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("half a workbook", Arrays.copyOf(good, good.length / 2)),
                Arguments.of("a sheet that is not XML", withSheet(good, "<worksheet><sheetData><row>")),
                Arguments.of("an old XLS header and nothing else", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0}),
                Arguments.of("latin-1 CSV", "Nimi;Osoite\nKäyttäjä;https://example.org/a\n".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("CSV with a quote never closed", "Nimi;Osoite\n\"Käyttäjä;https://example.org/a\n"
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a script address", "Nimi;Osoite\nKahvila;javascript:alert(1)\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a null byte in a title", "Nimi;Osoite\nKah\u0000vila;https://example.org/a\n"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "catalogue file: {0}")
    @MethodSource("badCatalogues")
    void a_bad_catalogue_file_is_refused_with_a_message_and_nothing_is_added(String name, byte[] file) {
        Line line = catalogueLine();

        CatalogueImport.Result result = catalogueImport.importFile(line, file);

        assertThat(result.added() + result.updated()).as(name).isZero();
        assertThat(result.fileProblem() != null || !result.problems().isEmpty()).as(name + ": says why").isTrue();
        assertThat(result.fileProblem() == null ? "catalogue.problem." : result.fileProblem()).startsWith("catalogue.");
        assertThat(catalogue.ofLine(line.requireId())).as(name).isEmpty();
    }

    @Test
    void a_catalogue_workbook_keeps_markup_as_text() throws IOException {
        Line line = catalogueLine();
        byte[] file = workbook("Nimi", "Osoite", "<img src=x onerror=alert(1)>", "https://example.org/x?a=1");

        CatalogueImport.Result result = catalogueImport.importFile(line, file);

        assertThat(result.added()).isEqualTo(1);
        assertThat(catalogue.ofLine(line.requireId())).extracting(CatalogueEntry::title)
                .containsExactly("<img src=x onerror=alert(1)>");
    }

    static Stream<Arguments> badSetupFiles() {
        String header = "{\"format\":\"pyykkinaru-event-setup\",\"version\":1,";
        return Stream.of(
                Arguments.of("nested a hundred thousand deep", ("[".repeat(100_000) + "]".repeat(100_000))
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a number of two thousand digits", (header + "\"event\":" + "9".repeat(2000) + "}")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a version far too large", "{\"format\":\"pyykkinaru-event-setup\",\"version\":1e400}"
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a member given twice", (header + "\"event\":{},\"event\":{}}").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("latin-1, not UTF-8", (header + "\"event\":{\"name\":\"Käyttäjä\"}}").getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("a raw null byte in a string", (header + "\"event\":{\"name\":\"a\u0000b\"}}").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a null byte escaped in the name", (header + "\"event\":{\"slug\":\"x\",\"name\":\"a\\u0000b\"}}")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a prototype polluter", (header + "\"__proto__\":{\"admin\":true}}").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("null", "null".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("an empty file", new byte[0]),
                Arguments.of("a string of a megabyte", ("\"" + "x".repeat(SetupFile.MAX_BYTES) + "\"").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a zip, not JSON", zip("setup.json", "{}".getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "set-up JSON: {0}")
    @MethodSource("badSetupFiles")
    void a_bad_set_up_file_is_refused_with_a_message_and_no_event_is_made(String name, byte[] file) {
        long before = jdbc.queryForObject("select count(*) from stand_event", Long.class);

        SetupImport result = setupFile.importFile(file, "hostile.json");

        assertThat(result.created()).as(name).isEmpty();
        assertThat(result.problems()).as(name).isNotEmpty().extracting(Problem::key)
                .allSatisfy(key -> assertThat(key).matches("(setupfile|event|line|stand|call|team|theme)[.a-z-]*\\..*"));
        assertThat(jdbc.queryForObject("select count(*) from stand_event", Long.class)).as(name).isEqualTo(before);
    }

    private Line catalogueLine() {
        return lines.create(Line.create(event.requireId(), "luettelo", LineKind.CATALOGUE,
                new LocalizedText("Luettelossa", "I katalogen", "In the catalogue"), 1));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] workbook(String heading1, String heading2, String cell1, String cell2) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Luettelo");
            var head = sheet.createRow(0);
            head.createCell(0).setCellValue(heading1);
            head.createCell(1).setCellValue(heading2);
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(cell1);
            row.createCell(1).setCellValue(cell2);
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with its first sheet's XML replaced. */
    private static byte[] withSheet(byte[] workbook, String sheetXml) throws IOException {
        return rewrite(workbook, sheetXml.getBytes(StandardCharsets.UTF_8));
    }

    /** The workbook with 50 MB of blanks in its sheet: a thousandth of that once compressed. */
    private static byte[] zipBomb(byte[] workbook) throws IOException {
        String sheet = new String(sheetOf(workbook), StandardCharsets.UTF_8);
        int at = sheet.indexOf("<sheetData>");
        byte[] blanks = new byte[50 * 1024 * 1024];
        Arrays.fill(blanks, (byte) ' ');
        ByteArrayOutputStream swollen = new ByteArrayOutputStream();
        swollen.writeBytes(sheet.substring(0, at).getBytes(StandardCharsets.UTF_8));
        swollen.writeBytes(blanks);
        swollen.writeBytes(sheet.substring(at).getBytes(StandardCharsets.UTF_8));
        return rewrite(workbook, swollen.toByteArray());
    }

    private static byte[] sheetOf(byte[] workbook) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalStateException("no sheet1.xml");
    }

    private static byte[] rewrite(byte[] workbook, byte[] sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("xl/worksheets/sheet1.xml") ? sheet : in.readAllBytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
