package fi.pyykkinaru.session;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.printing.Paper;
import fi.pyykkinaru.printing.PdfChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Posters as printed: page size, the session's facts in text, and a QR that opens its feedback page. */
@PyykkinaruTest
class SessionPostersTest {

    private static final String BASE = "http://10.0.0.5:8080";

    @Autowired SessionPosters posters;
    @Autowired Sessions sessions;
    @Autowired Events events;
    @Autowired Clock clock;

    @Test
    void an_a4_and_an_a3_poster_carry_title_time_room_and_a_scannable_feedback_address(@TempDir Path dir)
            throws Exception {
        Session session = sessions.programme(events.current().orElseThrow().id()).getFirst();
        for (Paper paper : List.of(Paper.A4, Paper.A3)) {
            byte[] pdf = posters.poster(session, paper, BASE);
            Files.write(Path.of("target", "poster-" + paper.media() + ".pdf"), pdf);

            assertThat(PdfChecks.pageSizes(pdf)).singleElement().satisfies(p -> assertThat(PdfChecks.mm(p))
                    .isEqualTo(Math.round(paper.widthMm()) + "x" + Math.round(paper.heightMm())));
            String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(session.title(), "Anna palautetta", "Ge respons", "Give feedback", session.token());
            assertThat(text).as("times with an en dash, nothing replaced").contains("–").doesNotContain("?");
            if (session.room() != null) {
                assertThat(text).contains(session.room());
            }
            assertThat(PdfChecks.qrCodes(pdf, dir)).containsExactly(BASE + "/s/" + session.token());
        }
    }

    @Test
    void all_posters_are_one_pdf_with_a_page_per_session_each_with_its_own_code(@TempDir Path dir) throws Exception {
        List<Session> programme = sessions.programme(events.current().orElseThrow().id());
        int[] progress = {0};

        byte[] pdf = posters.allPosters(programme, Paper.A4, BASE, done -> progress[0] = done);

        assertThat(PdfChecks.pageSizes(pdf)).hasSize(programme.size());
        assertThat(progress[0]).isEqualTo(programme.size());
        assertThat(PdfChecks.qrCodes(pdf, dir)).containsExactlyElementsOf(
                programme.stream().map(s -> BASE + "/s/" + s.token()).toList());
    }

    @Test
    void the_programme_lists_every_session_by_day_and_time_with_its_room_responsible_and_code(@TempDir Path dir)
            throws Exception {
        var event = events.current().orElseThrow();
        List<Session> programme = sessions.programme(event.id());
        int[] progress = {0};

        byte[] finnish = posters.programme(programme, event.name(), Locale.of("fi"), BASE, done -> progress[0] = done);
        byte[] english = posters.programme(programme, event.name(), Locale.of("en"), BASE, done -> { });
        Files.write(Path.of("target", "programme-fi.pdf"), finnish);
        Files.write(Path.of("target", "programme-en.pdf"), english);

        assertThat(PdfChecks.pageSizes(finnish)).as("a programme, not a poster per session").hasSizeLessThan(programme.size())
                .allSatisfy(p -> assertThat(PdfChecks.mm(p)).isEqualTo("210x297"));
        assertThat(progress[0]).isEqualTo(programme.size());
        String text = PdfChecks.text(finnish).replaceAll("\\s+", " ");
        assertThat(text).contains(event.name() + ": ohjelma", "Anna palautetta sessiosta");
        for (Session session : programme) {
            assertThat(text).contains(session.title(), "Koodi " + session.token());
            if (session.room() != null) {
                assertThat(text).contains("Tila: " + session.room());
            }
            if (session.responsibleName() != null) {
                assertThat(text).contains(session.responsibleName());
            }
        }
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.of("fi"))
                .format(programme.getFirst().startsAt().atZone(clock.getZone()));
        assertThat(text.toLowerCase(Locale.ROOT)).contains(day.toLowerCase(Locale.ROOT));
        assertThat(PdfChecks.text(english).replaceAll("\\s+", " ")).contains(event.name() + ": programme", "Code " + programme.getFirst().token());
        assertThat(PdfChecks.qrCodes(finnish, dir)).containsExactlyInAnyOrderElementsOf(
                programme.stream().map(s -> BASE + "/s/" + s.token()).toList());
    }
}
