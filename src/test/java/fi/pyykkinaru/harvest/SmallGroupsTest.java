package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.session.AnswerDetails;
import fi.pyykkinaru.session.Attendance;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session's answers with one remote answer from Kainuu among five on site: the one from Kainuu reads only as
 * "fewer than 5" in the letter, the day summary and the anonymised exports, and a session of two answers keeps its
 * median and distribution out of its letter.
 */
@PyykkinaruTest
class SmallGroupsTest {

    private static final Locale FINNISH = Locale.of("fi");

    @Autowired HarvestDocuments documents;
    @Autowired Exports exports;
    @Autowired Events events;
    @Autowired Sessions sessions;
    @Autowired Feedback feedback;

    private Event event;
    private Session session;

    @BeforeEach
    void answers() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        session = session("Iso sali", "2026-01-01T08:00:00Z");
        for (int i = 0; i < 5; i++) {
            var answer = feedback.vote(session, "kiosk:" + i, Score.P1, Channel.KIOSK);
            feedback.addDetails(answer.id(), new AnswerDetails(null, Region.HELSINKI, OrganisationType.PUBLIC,
                    Attendance.ON_SITE));
        }
        var lonely = feedback.vote(session, "phone:kainuu", Score.M2, Channel.PHONE);
        feedback.addDetails(lonely.id(), new AnswerDetails(null, Region.KAINUU, OrganisationType.COMPANY, Attendance.REMOTE));
    }

    private Session session(String title, String start) {
        Instant at = Instant.parse(start);
        return sessions.save(new Session(null, event.requireId(), SessionTokens.next(), title, null, at,
                at.plusSeconds(3600), "Sali", "Vastuu Henkilö", null, null, SessionOrigin.ORGANISER, "fi", 0));
    }

    @Test
    void the_letter_shows_a_region_channel_and_side_of_one_answer_only_as_fewer_than_five() throws Exception {
        byte[] letter = documents.feedbackLetter(session, event, FINNISH);
        Files.write(Path.of("target", "letter-small-groups.pdf"), letter);

        String text = PdfChecks.text(letter).replaceAll("[\\s\u00a0\u202f]+", " ");
        assertThat(text).contains("6 vastausta, mediaani 1", "Kioski 5 1", "Puhelin alle 5 –", "Helsinki 5 1",
                "Kainuu alle 5 –", "Paikan päällä 5 1 – – – – –", "Etänä alle 5 – – – – – –");
        assertThat(text).doesNotContain("Kainuu 1", "Puhelin 1", "Etänä 1");
    }

    @Test
    void a_letter_of_fewer_than_five_answers_shows_the_count_but_no_median_or_distribution() throws Exception {
        Session small = session("Pieni työpaja", "2026-01-01T10:00:00Z");
        feedback.vote(small, "kiosk:a", Score.P2, Channel.KIOSK);
        feedback.vote(small, "kiosk:b", Score.M1, Channel.KIOSK);

        byte[] letter = documents.feedbackLetter(small, event, FINNISH);
        Files.write(Path.of("target", "letter-too-few.pdf"), letter);

        String text = PdfChecks.text(letter).replaceAll("[\\s\u00a0\u202f]+", " ");
        assertThat(text).contains("2 vastausta. Mediaani ja jakauma näkyvät, kun vastauksia on vähintään 5", "Kioski alle 5 –");
        assertThat(text).doesNotContain("mediaani 0,5", "jokseenkin hyödytön", "Paikan päällä ja etänä");
    }

    @Test
    void the_day_summary_shows_the_remote_side_and_region_of_one_answer_only_as_fewer_than_five() throws Exception {
        byte[] pdf = documents.daySummary(event, LocalDate.of(2026, 1, 1), FINNISH);
        Files.write(Path.of("target", "day-summary-small-groups.pdf"), pdf);

        String text = PdfChecks.text(pdf).replaceAll("[\\s\u00a0\u202f]+", " ");
        assertThat(text).contains("Iso sali 6 1", "5 (mediaani 1) alle 5", "Etänä vastanneiden alueet", "Kainuu alle 5 –",
                "Etänä alle 5 – – – – – –");
        assertThat(text).doesNotContain("1 (mediaani -2)", "Kainuu 1");
    }

    @Test
    void the_anonymised_feedback_export_says_fewer_than_five_for_a_group_of_one_and_the_full_one_does_not() throws Exception {
        List<CSVRecord> anonymised = read(exports.csv(Exports.Kind.FEEDBACK, event, true, FINNISH));
        List<CSVRecord> full = read(exports.csv(Exports.Kind.FEEDBACK, event, false, FINNISH));

        assertThat(anonymised).hasSize(6);
        Map<String, List<String>> byScore = anonymised.stream().collect(Collectors.groupingBy(r -> r.get("Arvio (−2…+2)"),
                Collectors.mapping(r -> String.join("|", r.get("Kanava"), r.get("Alue"), r.get("Organisaation tyyppi"),
                        r.get("Osallistuminen")), Collectors.toList())));
        assertThat(byScore.get("-2")).containsExactly("alle 5|alle 5|alle 5|alle 5");
        assertThat(byScore.get("1")).hasSize(5).containsOnly("Kioski|Helsinki|Julkinen organisaatio|Paikan päällä");
        assertThat(full).extracting(r -> r.get("Alue")).contains("Kainuu");
        // The workbook's anonymised sheet says the same.
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(event, true, FINNISH)))) {
            var sheet = book.getSheet("Palaute");
            assertThat(sheet).isNotNull();
            String cells = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .flatMap(row -> java.util.stream.StreamSupport.stream(row.spliterator(), false))
                    .map(Object::toString).collect(Collectors.joining("|"));
            assertThat(cells).contains("alle 5").doesNotContain("Kainuu");
        }
    }

    private static List<CSVRecord> read(byte[] csv) throws Exception {
        try (CSVParser parser = CsvFiles.read(new ByteArrayInputStream(csv))) {
            return parser.getRecords();
        }
    }
}
