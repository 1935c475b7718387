package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Events;
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
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CSV exports read back as Excel would, and the harvest's PDFs read as text. */
@PyykkinaruTest
class ExportsAndDocumentsTest {

    @Autowired Exports exports;
    @Autowired HarvestDocuments documents;
    @Autowired Reports reports;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired Sessions sessions;
    @Autowired Feedback feedback;
    @Autowired Clock clock;

    private HarvestTestData data;

    @BeforeEach
    void data() {
        data = new HarvestTestData(events, lines, slips);
    }

    @Test
    void the_slips_csv_opens_in_excel_with_finnish_letters_intact_and_round_trips() throws Exception {
        byte[] csv = exports.csv(Exports.Kind.SLIPS, data.event.id(), false);
        Files.write(Path.of("target", "slips.csv"), csv);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .contains(";");
        List<CSVRecord> rows = read(csv);
        assertThat(rows).hasSize(6);
        CSVRecord first = rows.getFirst();
        assertThat(first.get("title")).isEqualTo("Kyläkoulun kirjastoauto");
        assertThat(first.get("body")).isEqualTo("Auto kiertää kylät.");
        assertThat(first.get("region")).isEqualTo("POHJANMAA");
        assertThat(first.get("themes")).isEqualTo("ikaantyneet");
        assertThat(first.get("reporter_email")).isEqualTo(data.reporterEmail);
        assertThat(first.get("owner_contact")).isEqualTo(data.ownerContact);
    }

    @Test
    void the_anonymised_exports_hold_no_personal_data() throws Exception {
        data.reports(reports);
        for (Exports.Kind kind : Exports.Kind.values()) {
            byte[] csv = exports.csv(kind, data.event.id(), true);
            String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).as(kind.name()).doesNotContain(data.reporter, data.reporterEmail,
                    data.ownerEmail, data.ownerPhone);
            assertThat(header(csv)).as(kind.name()).isNotEmpty().doesNotContain("reporter_name", "email",
                    "owner_contact", "contact", "comment", "name");
        }
        List<CSVRecord> reportRows = read(exports.csv(Exports.Kind.REPORTS, data.event.id(), false));
        assertThat(reportRows).extracting(r -> r.get("status")).containsOnly("NEW");
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
                "Kyläkoulun kirjastoauto", "Kävelevä kahvila", "Kuunteleminen", "Sisu", "Työpaja: kylät", "1.5");
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
    void the_bench_brief_counts_the_same_answer_once_with_how_many_gave_it() throws Exception {
        byte[] pdf = documents.benchBrief(data.event, data.answers, Locale.of("fi"));

        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("3 vastausta, 2 erilaista", "Kuunteleminen 2", "Sisu 1");
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
