package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.badge.PreRegistrationImport;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.PdfChecks;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CSV exports read back as Excel would, and the harvest's PDFs read as text. */
@PyykkinaruTest
class ExportsAndDocumentsTest {

    private static final Locale FINNISH = Locale.of("fi");

    @Autowired Exports exports;
    @Autowired HarvestDocuments documents;
    @Autowired Reports reports;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired Sessions sessions;
    @Autowired Feedback feedback;
    @Autowired Clock clock;
    @Autowired Translations translations;
    @Autowired Registrations registrations;
    @Autowired PreRegistrationImport preRegistration;

    private HarvestTestData data;

    @BeforeEach
    void data() {
        data = new HarvestTestData(events, lines, slips);
    }

    @Test
    void the_slips_csv_opens_in_excel_with_finnish_letters_intact_and_round_trips() throws Exception {
        byte[] csv = exports.csv(Exports.Kind.SLIPS, data.event, false, FINNISH);
        Files.write(Path.of("target", "slips.csv"), csv);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .contains(";");
        List<CSVRecord> rows = read(csv);
        assertThat(rows).hasSize(6);
        CSVRecord first = rows.getFirst();
        assertThat(first.get("Otsikko")).isEqualTo("Kyläkoulun kirjastoauto");
        assertThat(first.get("Kuvaus")).isEqualTo("Auto kiertää kylät.");
        assertThat(first.get("Ilmiantajan sähköposti")).isEqualTo(data.reporterEmail);
        assertThat(first.get("Omistajan yhteystieto")).isEqualTo(data.ownerContact);
    }

    @Test
    void an_export_is_in_the_readers_words_labels_yes_and_no_and_local_time_without_a_zone() throws Exception {
        CSVRecord finnish = read(exports.csv(Exports.Kind.SLIPS, data.event, false, FINNISH)).getFirst();
        CSVRecord swedish = read(exports.csv(Exports.Kind.SLIPS, data.event, false, Locale.of("sv"))).getFirst();
        CSVRecord english = read(exports.csv(Exports.Kind.SLIPS, data.event, false, Locale.of("en"))).getFirst();

        assertThat(List.of(finnish.get("Alue"), swedish.get("Område"), english.get("Region")))
                .containsExactly("Pohjanmaa", "Österbotten", "Ostrobothnia");
        assertThat(List.of(finnish.get("Teemat"), swedish.get("Teman"), english.get("Themes")))
                .containsExactly("Ikääntyneet", "Äldre", "Older people");
        assertThat(List.of(finnish.get("Tila"), english.get("Status"))).containsExactly("Narulla", "On the line");
        assertThat(List.of(finnish.get("Kenen käytäntö"), english.get("Whose practice")))
                .containsExactly("Jonkun muun käytäntö", "Someone else's practice");
        assertThat(List.of(finnish.get("Lupa yhteydenottoon"), swedish.get("Samtycke till kontakt")))
                .containsExactly("kyllä", "ja");
        String expected = Exports.TIME.format(clock.instant().atZone(clock.getZone()));
        assertThat(finnish.get("Ripustettu")).as("the event's local time, no zone").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
                .startsWith(expected.substring(0, 10));
    }

    @Test
    void the_registrations_export_in_any_language_imports_into_another_event_as_it_is() {
        registrations.register(data.event, new RegistrationDraft("Päivi Könönen", "Kuopion kaupunki", OrganisationType.PUBLIC,
                Region.POHJOIS_SAVO, List.of("fi", "se"), "paivi@example.fi", true), RegistrationSource.STAFF);
        for (Locale locale : List.of(FINNISH, Locale.of("sv"), Locale.of("en"))) {
            Event other = TestEvents.create(events, ModerationPolicy.PUBLISH);
            byte[] csv = exports.csv(Exports.Kind.REGISTRATIONS, data.event, false, locale);

            PreRegistrationImport.Result result = preRegistration.csv(other, new ByteArrayInputStream(csv));

            assertThat(result.problems()).as(locale.toString()).isEmpty();
            assertThat(result.imported()).singleElement().satisfies(imported -> {
                assertThat(imported.name()).isEqualTo("Päivi Könönen");
                assertThat(imported.organisationType()).isEqualTo(OrganisationType.PUBLIC);
                assertThat(imported.region()).isEqualTo(Region.POHJOIS_SAVO);
                assertThat(imported.languageCodes()).containsExactly("fi", "se");
            });
        }
    }

    @Test
    void text_typed_like_a_formula_stays_text_in_the_csv_and_the_workbook_and_a_registration_still_round_trips()
            throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/\",\"Lue lisää\")";
        slips.peg(data.practice.requireId(), new fi.pyykkinaru.clothesline.SlipDraft(formula, "-2+3 kertaa viikossa",
                "@Kylä ry", fi.pyykkinaru.clothesline.Ownership.OWN, Region.KAINUU, java.util.Set.of(), null, null, null,
                false), "Halli A");
        registrations.register(data.event, new RegistrationDraft("Olli Osoite", "@Työ Oy", OrganisationType.COMPANY,
                Region.KAINUU, List.of("fi"), "olli@example.fi", true), RegistrationSource.STAFF);

        CSVRecord slip = read(exports.csv(Exports.Kind.SLIPS, data.event, true, FINNISH)).stream()
                .filter(r -> r.get("Otsikko").contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(slip.get("Otsikko")).isEqualTo("'" + formula);
        assertThat(slip.get("Kuvaus")).isEqualTo("'-2+3 kertaa viikossa");
        assertThat(slip.get("Organisaatio")).isEqualTo("'@Kylä ry");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(
                exports.xlsx(data.event, false, FINNISH)))) {
            List<org.apache.poi.ss.usermodel.Cell> cells = new ArrayList<>();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
            assertThat(cells).noneMatch(c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA);
            assertThat(cells).filteredOn(c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && List.of(formula, "-2+3 kertaa viikossa", "@Kylä ry", "@Työ Oy").contains(c.getStringCellValue()))
                    .as("the exact words, as quote-prefixed text").hasSizeGreaterThanOrEqualTo(4)
                    .allMatch(c -> c.getCellStyle().getQuotePrefixed());
        }
        Event other = TestEvents.create(events, ModerationPolicy.PUBLISH);
        PreRegistrationImport.Result imported = preRegistration.csv(other,
                new ByteArrayInputStream(exports.csv(Exports.Kind.REGISTRATIONS, data.event, false, FINNISH)));
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.imported()).filteredOn(r -> "Olli Osoite".equals(r.name())).singleElement()
                .satisfies(r -> assertThat(r.organisation()).isEqualTo("@Työ Oy"));
    }

    @Test
    void the_anonymised_exports_hold_no_personal_data() throws Exception {
        data.reports(reports);
        for (Locale locale : List.of(FINNISH, Locale.of("sv"), Locale.of("en"))) {
            List<String> personal = Stream.of("reporter_name", "reporter_email", "owner_contact", "contact", "comment",
                    "name", "email", "badge_code").map(c -> translations.getTranslation("export.column." + c, locale)).toList();
            for (Exports.Kind kind : Exports.Kind.values()) {
                byte[] csv = exports.csv(kind, data.event, true, locale);
                String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).as(kind.name()).doesNotContain(data.reporter, data.reporterEmail,
                        data.ownerEmail, data.ownerPhone);
                assertThat(header(csv)).as(kind.name()).isNotEmpty().doesNotContainAnyElementsOf(personal);
            }
        }
        List<CSVRecord> reportRows = read(exports.csv(Exports.Kind.REPORTS, data.event, false, FINNISH));
        assertThat(reportRows).extracting(r -> r.get("Tila")).containsOnly("Uusi");
    }

    @Test
    void the_day_summary_lists_every_slip_of_the_day_by_line_with_counts_and_the_feedback_table() throws Exception {
        Session session = sessions.save(new Session(null, data.event.id(), SessionTokens.next(), "Työpaja: kylät",
                null, Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-01T11:00:00Z"), "Sali 1",
                "Vastuu Henkilö", "vastuu@example.fi", null, SessionOrigin.OPEN_CALL, "fi", 0));
        feedback.vote(session, "phone:a", Score.P2, Channel.PHONE);
        feedback.vote(session, "phone:b", Score.P1, Channel.PHONE);

        byte[] pdf = documents.daySummary(data.event, LocalDate.now(clock), Locale.of("fi"));
        Files.write(Path.of("target", "day-summary.pdf"), pdf);

        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Lappuja narulla yhteensä: 6", "Ilmianna hyvä käytäntö (3)", "Mikä on supervoimasi? (3)",
                "Kyläkoulun kirjastoauto", "Kävelevä kahvila", "Kuunteleminen", "Sisu", "Työpaja: kylät", "1,5");
        assertThat(text).doesNotContain(data.reporter);
        assertThat(PdfChecks.pageSizes(pdf)).isNotEmpty().allSatisfy(p -> assertThat(PdfChecks.mm(p)).isEqualTo("210x297"));
    }

    @Test
    void a_feedback_letter_tells_the_responsible_person_the_result_by_channel_and_the_comments() throws Exception {
        Session session = sessions.save(new Session(null, data.event.id(), SessionTokens.next(), "Paneeli", null,
                Instant.parse("2026-01-01T12:00:00Z"), Instant.parse("2026-01-01T13:00:00Z"), "Sali 2", "Pia Paneelinen",
                null, null, SessionOrigin.ORGANISER, "fi", 0));
        var answer = feedback.vote(session, "kiosk:1", Score.M1, Channel.KIOSK);
        feedback.addDetails(answer.id(), new fi.pyykkinaru.session.AnswerDetails("Liian lyhyt", null, null, null));
        feedback.vote(session, "kiosk:2", Score.P2, Channel.KIOSK);
        feedback.count(session, Channel.PAPER, Score.P1, 3);

        byte[] letter = documents.feedbackLetter(session, data.event, Locale.of("fi"));
        byte[] all = documents.feedbackLetters(List.of(session, session), data.event, Locale.of("fi"), done -> { });

        String text = PdfChecks.text(letter).replaceAll("\\s+", " ");
        assertThat(text).contains("Palaute: Paneeli", "Hei Pia Paneelinen", "5 vastausta, mediaani 1", "Kioski", "Paperi",
                "“Liian lyhyt”");
        assertThat(PdfChecks.pageSizes(all).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_letter_without_the_responsible_persons_name_greets_without_one_and_writes_numbers_as_its_language_does()
            throws Exception {
        Session session = sessions.save(new Session(null, data.event.id(), SessionTokens.next(), "Nimetön", null,
                Instant.parse("2026-01-01T12:00:00Z"), Instant.parse("2026-01-01T13:00:00Z"), null, null,
                null, null, SessionOrigin.ORGANISER, "fi", 0));
        // Six answers, three 0 and three +1: enough for the letter to show its median, 0.5.
        for (int i = 0; i < 6; i++) {
            feedback.vote(session, "kiosk:" + i, i < 3 ? Score.ZERO : Score.P1, Channel.KIOSK);
        }

        String finnish = PdfChecks.text(documents.feedbackLetter(session, data.event, FINNISH));
        String swedish = PdfChecks.text(documents.feedbackLetter(session, data.event, Locale.of("sv")));
        String english = PdfChecks.text(documents.feedbackLetter(session, data.event, Locale.of("en")));

        assertThat(finnish.lines()).contains("Hei,").noneMatch(line -> line.contains(" !") || line.startsWith("Hei !"));
        assertThat(swedish.lines()).contains("Hej,");
        assertThat(english.lines()).contains("Hello,");
        assertThat(finnish).contains("6 vastausta, mediaani 0,5").doesNotContain("0.5");
        assertThat(swedish).contains("0,5");
        assertThat(english).contains("0.5");
    }

    private static List<String> header(byte[] csv) throws Exception {
        try (CSVParser parser = CsvFiles.read(new ByteArrayInputStream(csv))) {
            return parser.getHeaderNames();
        }
    }

    private static List<CSVRecord> read(byte[] csv) throws Exception {
        try (CSVParser parser = CsvFiles.read(new ByteArrayInputStream(csv))) {
            return new ArrayList<>(parser.getRecords());
        }
    }
}
