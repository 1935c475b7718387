package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.session.AnswerDetails;
import fi.pyykkinaru.session.Attendance;
import fi.pyykkinaru.session.Attendances;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionAttendance;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Response rates and on-site against remote results, in words and in the letters and the day summary. */
@PyykkinaruTest
class ResponseRatesTest {

    private static final Locale FINNISH = Locale.of("fi");

    @Autowired HarvestDocuments documents;
    @Autowired Events events;
    @Autowired Sessions sessions;
    @Autowired Feedback feedback;
    @Autowired Attendances attendances;
    @Autowired Translations translations;

    private Event event;
    private Session session;

    @BeforeEach
    void answers() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        session = sessions.save(new Session(null, event.requireId(), SessionTokens.next(), "Avaus", null,
                Instant.parse("2026-01-01T08:00:00Z"), Instant.parse("2026-01-01T09:00:00Z"), "Päälava", "Pia Puhuja", null,
                null, SessionOrigin.ORGANISER, "fi", 0));
        for (int i = 0; i < 13; i++) {
            feedback.vote(session, "kiosk:" + i, i < 7 ? Score.P2 : Score.P1, Channel.KIOSK);
        }
        Region[] regions = {Region.LAPPI, Region.LAPPI, Region.LAPPI, Region.KAINUU};
        for (int i = 0; i < 16; i++) {
            var answer = feedback.vote(session, "phone:" + i, i < 4 ? Score.ZERO : Score.P1, Channel.PHONE);
            feedback.addDetails(answer.id(), new AnswerDetails(null, i < regions.length ? regions[i] : null, null,
                    Attendance.REMOTE));
        }
        attendances.enter(session, 13, 16, 0);
    }

    @Test
    void a_rate_reads_as_the_events_write_it_in_each_language() {
        ResponseRate rate = new ResponseRate(29, new SessionAttendance(1, 13, 16, 1));

        assertThat(rate.describe(words(Locale.ENGLISH), Locale.ENGLISH))
                .isEqualTo("29 answers from 29 attending: 13 on site, 16 remote (100%)");
        assertThat(rate.describe(words(FINNISH), FINNISH))
                .isEqualTo("29 vastausta 29 osallistujalta: 13 paikan päällä, 16 etänä (100\u00a0%)");
        assertThat(new ResponseRate(6, new SessionAttendance(1, 40, null, 1)).describe(words(Locale.ENGLISH), Locale.ENGLISH))
                .isEqualTo("6 answers from 40 attending on site (15%)");
        assertThat(new ResponseRate(5, SessionAttendance.none(1)).describe(words(Locale.ENGLISH), Locale.ENGLISH))
                .isEqualTo("5 answers; attendance not entered");
        assertThat(new ResponseRate(0, new SessionAttendance(1, 0, 0, 1)).describe(words(Locale.ENGLISH), Locale.ENGLISH))
                .as("nobody came: no share").endsWith("(–)");
        assertThat(ResponseRate.describeEvent(105, Optional.of(300), words(Locale.of("sv")), Locale.of("sv")))
                .isEqualTo("105 svar av cirka 300 besökare (35\u00a0%)");
    }

    @Test
    void the_letter_gives_the_rate_on_site_and_remote_side_by_side_and_the_remote_regions() throws Exception {
        byte[] letter = documents.feedbackLetter(session, event, FINNISH);
        Files.write(Path.of("target", "feedback-letter-rates.pdf"), letter);

        String text = PdfChecks.text(letter).replaceAll("[\\s\u00a0\u202f]+", " ");
        assertThat(text).contains("29 vastausta 29 osallistujalta: 13 paikan päällä, 16 etänä (100 %)",
                "Paikan päällä ja etänä", "Etänä vastanneiden alueet", "Lappi alle 5 –", "Kainuu alle 5 –");
        assertThat(text).as("3 from Lapland and 1 from Kainuu are too few to show").doesNotContain("Lappi 3", "Kainuu 1");
        // On site: 13 answers, median +2 (7 of 13 gave +2); remote: 16, median +1.
        assertThat(text).contains("Paikan päällä 13 2 0 0 0 6 7", "Etänä 16 1 0 0 4 12 0");
    }

    @Test
    void the_day_summary_gives_the_events_rate_and_each_sessions_side_by_side() throws Exception {
        attendances.setVisitors(event.requireId(), 300);

        byte[] pdf = documents.daySummary(event, LocalDate.of(2026, 1, 1), FINNISH);
        Files.write(Path.of("target", "day-summary-rates.pdf"), pdf);

        String text = PdfChecks.text(pdf).replaceAll("[\\s\u00a0\u202f]+", " ");
        assertThat(text).contains("29 vastausta noin 300 kävijältä (10 %)", "Avaus 29 1 29 100 %", "13 (mediaani 2)", "16 (mediaani 1)",
                "Paikan päällä ja etänä, ohjelmanumeroittain", "Etänä vastanneiden alueet");
    }

    private ResponseRate.Words words(Locale locale) {
        return (key, args) -> translations.getTranslation(key, locale, args);
    }
}
