package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.session.Attendances;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff enter a session's attendance in the programme admin at a stand screen, and the harvest shows the response
 * rate. The sample's counts are put back afterwards: other tests share the sample.
 */
class AttendanceIT extends BrowserTest {

    private static final String WORKSHOP = "Kokemusasiantuntijat palvelujen kehittäjinä";

    @Autowired JdbcClient jdbc;
    @Autowired Attendances attendances;
    @Autowired Feedback feedback;

    @Test
    void staff_enter_attendance_and_the_harvest_shows_the_response_rate() throws Exception {
        Session workshop = sampleSession(WORKSHOP);
        long eventId = workshop.eventId();
        var before = attendances.of(workshop);
        int visitorsBefore = attendances.visitors(eventId).orElseThrow();
        try {
            Page staff = standScreen();
            logIn(staff, "/staff/programme");
            staff.locator("#programme-attendance-" + workshop.token()).click();
            assertThat(staff.locator("#attendance-onsite input")).hasValue("38");
            assertThat(staff.locator("#attendance-remote input")).hasValue("");

            // A typing slip is caught, and what was typed stays for the correction.
            staff.locator("#attendance-onsite input").fill("-5");
            staff.locator("#attendance-remote input").fill("15");
            staff.locator("#attendance-remote input").press("Tab");
            staff.locator("#attendance-save").click();
            assertThat(staff.locator("#attendance-message")).containsText("Anna kokonaisluku 0–100000");
            assertThat(staff.locator("#attendance-remote input")).hasValue("15");
            assertThat(onSite(workshop)).as("nothing saved").isEqualTo(38);

            // Someone else saves while this dialog is open: this one is told, and keeps its numbers.
            staff.locator("#attendance-onsite input").fill("40");
            staff.locator("#attendance-onsite input").press("Tab");
            attendances.enter(workshop, 39, 14, before.version());
            staff.locator("#attendance-save").click();
            assertThat(staff.locator("#attendance-message")).containsText("Joku muu tallensi juuri toiset luvut (39 paikan päällä, 14 etänä)");
            assertThat(staff.locator("#attendance-onsite input")).hasValue("40");
            assertThat(staff.locator("#attendance-remote input")).hasValue("15");
            screenshot(staff, "attendance-dialog-1920x1080");
            staff.locator("#attendance-save").click();
            assertThat(staff.locator("#attendance-dialog")).not().isAttached();
            assertThat(staff.locator("#import-result")).containsText("40 paikan päällä, 15 etänä");
            assertThat(staff.locator("#programme-grid")).containsText("40 paikan päällä, 15 etänä");
            Map<String, Object> row = jdbc.sql("select on_site, remote, version from session_attendance where session_id = ?")
                    .param(workshop.requireId()).query().singleRow();
            assertThat(row).containsEntry("ON_SITE", 40).containsEntry("REMOTE", 15);
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'attendance.session' and actor = 'organiser' "
                    + "and target = ?").param("session " + workshop.token() + ": 40 + 15").query(Long.class).single())
                    .isEqualTo(1);

            staff.locator("#attendance-visitors input").fill("400");
            staff.locator("#attendance-visitors-save").click();
            assertThat(staff.locator("#import-result")).containsText("Kävijämäärä tallennettiin");
            assertThat(jdbc.sql("select visitors from event_visitors where event_id = ?").param(eventId)
                    .query(Integer.class).single()).isEqualTo(400);
            screenshot(staff, "attendance-programme-1920x1080");

            // The sample gave the workshop 6 kiosk answers and 5 counted from paper, all on site; other tests sharing
            // the sample may have voted since, so the rate is checked against the answers there are now.
            long answers = feedback.result(workshop).count();
            long allAnswers = sessions.programme(eventId).stream().mapToLong(s -> feedback.result(s).count()).sum();
            staff.navigate("/harvest");
            staff.locator("#harvest-feedback").scrollIntoViewIfNeeded();
            assertThat(staff.locator("#feedback-rate-" + workshop.token())).hasText(answers
                    + " vastausta 55 osallistujalta: 40 paikan päällä, 15 etänä (" + percent(answers, 55) + ")");
            assertThat(staff.locator("#feedback-onsite-" + workshop.token())).containsText(answers + " vastausta · mediaani");
            assertThat(staff.locator("#feedback-remote-" + workshop.token())).containsText("0 vastausta");
            // The sample's opening: 29 answers from 13 on site and 16 following remotely, who said where from.
            Session opening = sampleSession("Avaus: hyvinvointia yhdessä");
            assertThat(staff.locator("#feedback-onsite-" + opening.token())).containsText("13 vastausta");
            assertThat(staff.locator("#feedback-remote-" + opening.token())).containsText("16 vastausta");
            assertThat(staff.locator("#feedback-remote-regions-" + opening.token())).containsText("Lappi alle 5");
            assertThat(staff.locator("#feedback-event-rate"))
                    .hasText(allAnswers + " vastausta noin 400 kävijältä (" + percent(allAnswers, 400) + ")");
            staff.locator("#feedback-table").scrollIntoViewIfNeeded();
            screenshot(staff, "attendance-harvest-1920x1080");

            // The opening's letter and the day summary say the same, on paper (rendered and looked at in review).
            long openingAnswers = feedback.result(opening).count();
            Download letter = staff.waitForDownload(() -> staff.locator("#feedback-letter-" + opening.token()).click());
            byte[] letterPdf = Files.readAllBytes(letter.path());
            Files.write(Path.of("target", "attendance-letter.pdf"), letterPdf);
            assertThat(PdfChecks.text(letterPdf).replaceAll("[\\s\u00a0]+", " ")).contains(
                    openingAnswers + " vastausta 200 osallistujalta: 140 paikan päällä, 60 etänä ("
                            + percent(openingAnswers, 200).replace('\u00a0', ' ') + ")", "Paikan päällä ja etänä",
                    "Etänä vastanneiden alueet");
            Download summary = staff.waitForDownload(() -> staff.locator("#day-summary-pdf").click());
            byte[] summaryPdf = Files.readAllBytes(summary.path());
            Files.write(Path.of("target", "attendance-day-summary.pdf"), summaryPdf);
            assertThat(PdfChecks.text(summaryPdf).replaceAll("[\\s\u00a0]+", " ")).contains(
                    allAnswers + " vastausta noin 400 kävijältä", "Paikan päällä ja etänä, ohjelmanumeroittain",
                    "Etänä vastanneiden alueet");
        } finally {
            attendances.enter(workshop, before.onSite(), before.remote(), attendances.of(workshop).version());
            attendances.setVisitors(eventId, visitorsBefore);
        }
    }

    private static String percent(long answers, int of) {
        return NumberFormat.getPercentInstance(Locale.of("fi")).format((double) answers / of);
    }

    private int onSite(Session session) {
        return jdbc.sql("select on_site from session_attendance where session_id = ?").param(session.requireId())
                .query(Integer.class).single();
    }
}
