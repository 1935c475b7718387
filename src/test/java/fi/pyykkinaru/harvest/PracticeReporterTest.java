package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reports hear of the practices on the wall: no one needs to open the harvest for them to be made. */
@PyykkinaruTest
class PracticeReporterTest {

    // Long enough for a listener that would wrongly make a report to have made it.
    private static final Duration QUIET = Duration.ofSeconds(1);

    @Autowired PracticeReporter reporter;
    @Autowired Reports reports;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired JdbcClient jdbc;

    @Test
    void pegging_a_practice_makes_its_report_without_anyone_opening_the_harvest() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line practices = TestEvents.practiceLine(lines, event);

        Slip slip = slips.peg(practices.requireId(), practice("Lukupiiri kirjastossa", "Kirjasto ry, 050 123"), "Halli A");

        Report report = HarvestTestData.awaitReports(reports, event.id(), 1).getFirst();
        assertThat(report.title()).isEqualTo("Lukupiiri kirjastossa");
        assertThat(report.contact()).isEqualTo("Kirjasto ry, 050 123");
        assertThat(report.contactLanguage()).isEqualTo(event.locales().getFirst().getLanguage());
        assertThat(report.status()).isEqualTo(ReportStatus.NEW);
        assertThat(report.slips()).containsExactly(new ReportSlip(slip.requireId()));
    }

    @Test
    void a_held_practice_becomes_a_report_only_once_staff_approve_it_and_only_once() {
        Event event = TestEvents.create(events, ModerationPolicy.HOLD_ALL);
        Line practices = TestEvents.practiceLine(lines, event);
        Slip held = slips.peg(practices.requireId(), practice("Odottava käytäntö", null), "Halli A");
        assertThat(held.status()).isEqualTo(SlipStatus.HELD);

        staysWithout(event, 0);
        reporter.catchUp();
        assertThat(reports.of(event.id())).as("the catch-up leaves held slips alone too").isEmpty();

        slips.changeStatus(held.requireId(), SlipStatus.PUBLISHED);

        assertThat(HarvestTestData.awaitReports(reports, event.id(), 1)).extracting(Report::title)
                .containsExactly("Odottava käytäntö");
        slips.changeStatus(held.requireId(), SlipStatus.HIDDEN);
        slips.changeStatus(held.requireId(), SlipStatus.PUBLISHED);
        staysWithout(event, 1);
    }

    @Test
    void an_answer_never_becomes_a_report() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line answers = TestEvents.answerLine(lines, event);

        slips.peg(answers.requireId(), SlipDraft.answer("Sisu", null, Region.LAPPI), "Halli A");

        staysWithout(event, 0);
        reporter.catchUp();
        assertThat(reports.of(event.id())).isEmpty();
    }

    @Test
    void the_catch_up_makes_the_reports_whose_news_was_lost_and_nothing_twice() {
        HarvestTestData data = new HarvestTestData(events, lines, slips);
        List<Report> made = data.reports(reports);
        Report lost = made.getFirst();
        // As if the app had stopped between the slip's commit and its listener.
        jdbc.sql("delete from report_slip where report_id = ?").param(lost.requireId()).update();
        jdbc.sql("delete from report where id = ?").param(lost.requireId()).update();
        assertThat(reports.of(data.event.id())).hasSize(2);

        assertThat(reporter.catchUp()).isPositive();

        List<Report> after = reports.of(data.event.id());
        assertThat(after).extracting(Report::title).containsExactly("Kyläkoulun kirjastoauto", "Kävelevä kahvila",
                "Kävelevä kahvila!");
        assertThat(after.getFirst().slips()).containsExactly(new ReportSlip(data.withPersonalData.requireId()));
        assertThat(after.getFirst().contact()).isEqualTo(data.ownerContact);
        reporter.catchUp();
        assertThat(reports.of(data.event.id())).hasSize(3);
    }

    private void staysWithout(Event event, int count) {
        await().during(QUIET).atMost(QUIET.plusSeconds(5))
                .until(() -> reports.of(event.id()), made -> made.size() == count);
    }

    private static SlipDraft practice(String title, @Nullable String contact) {
        return new SlipDraft(title, "Kuvaus.", "Järjestö", contact == null ? Ownership.OWN : Ownership.OTHER,
                Region.HELSINKI, Set.of(), contact, null, null, false);
    }
}
