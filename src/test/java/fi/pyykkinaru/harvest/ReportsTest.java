package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.staff.AuditLog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PyykkinaruTest
class ReportsTest {

    @Autowired Reports reports;
    @Autowired PracticeReporter reporter;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired AuditLog audit;

    private HarvestTestData data;

    @BeforeEach
    void data() {
        data = new HarvestTestData(events, lines, slips);
    }

    @Test
    void every_practice_on_the_wall_becomes_one_report_once_and_answers_do_not() {
        data.reports(reports);
        reporter.catchUp();

        List<Report> made = reports.of(data.event.id());
        assertThat(made).extracting(Report::title).containsExactly("Kyläkoulun kirjastoauto", "Kävelevä kahvila",
                "Kävelevä kahvila!");
        assertThat(made).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReportStatus.NEW));
        assertThat(made.getFirst().contact()).isEqualTo(data.ownerContact);
    }

    @Test
    void duplicates_merge_into_one_report_that_remembers_every_slip_and_the_merge_is_logged() {
        List<Report> made = data.reports(reports);

        Report merged = reports.merge(made.get(1).requireId(), List.of(made.get(2).requireId()));

        assertThat(merged.slips()).hasSize(2);
        assertThat(reports.of(data.event.id())).hasSize(2);
        reporter.catchUp();
        assertThat(reports.of(data.event.id())).as("merged slips do not come back as new reports").hasSize(2);
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("report.merge"));
    }

    @Test
    void the_team_takes_new_reports_in_rotation_and_each_step_asks_for_what_it_needs() {
        data.reports(reports);
        TeamMember aino = reports.addMember(data.event.id(), "Aino", "aino@example.fi");
        TeamMember bertil = reports.addMember(data.event.id(), "Bertil", null);
        reports.setAbsent(bertil.requireId(), true);
        TeamMember celia = reports.addMember(data.event.id(), "Celia", null);

        assertThat(reports.assignNew(data.event.id())).isEqualTo(3);
        assertThat(reports.of(data.event.id())).extracting(Report::assigneeId)
                .containsExactly(aino.id(), celia.id(), aino.id());
        long id = reports.of(data.event.id()).getFirst().requireId();

        reports.move(id, ReportStatus.CONTACTED, null, null, null, null);
        assertThatThrownBy(() -> reports.move(id, ReportStatus.TEXT_RECEIVED, " ", null, null, null))
                .isInstanceOf(InvalidFollowUpException.class).hasMessage("report.error.text");
        reports.move(id, ReportStatus.TEXT_RECEIVED, "Kirjastoauto tuo kirjat kyliin.", null, null, null);
        var calendar = reports.proposeCalendar(data.event.id(), LocalDate.of(2026, 11, 25));
        assertThat(calendar).containsExactly(java.util.Map.entry(id, LocalDate.of(2026, 11, 30)));
        reports.schedule(calendar);
        assertThatThrownBy(() -> reports.move(id, ReportStatus.PUBLISHED, null, null, "ei osoite", null))
                .isInstanceOf(InvalidFollowUpException.class).hasMessage("report.error.url");
        Report published = reports.move(id, ReportStatus.PUBLISHED, null, LocalDate.of(2026, 12, 1),
                "https://example.fi/hyvat-kaytannot/kirjastoauto", null);

        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.receivedText()).isEqualTo("Kirjastoauto tuo kirjat kyliin.");
        assertThat(published.scheduledFor()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> reports.move(id, ReportStatus.DECLINED, null, null, null, ""))
                .hasMessage("report.error.reason");
    }

    @Test
    void typos_are_mended_on_the_report_not_on_the_slip() {
        data.reports(reports);
        Report first = reports.of(data.event.id()).getFirst();

        reports.edit(first.requireId(), first.version(), "Kyläkoulun kirjastoauto Pohjanmaalla", "Auto kiertää kylät viikoittain.",
                "Kyläkoulu ry", first.contact(), "sv");

        assertThat(reports.get(first.requireId()).title()).isEqualTo("Kyläkoulun kirjastoauto Pohjanmaalla");
        assertThat(reports.get(first.requireId()).contactLanguage()).isEqualTo("sv");
        assertThat(slips.published(data.withPersonalData.requireId()).orElseThrow().title())
                .isEqualTo("Kyläkoulun kirjastoauto");
        assertThatThrownBy(() -> reports.edit(first.requireId(), reports.get(first.requireId()).version(), " ", null, null, null, "fi"))
                .hasMessage("report.error.title");
    }

    @Test
    void the_contact_message_speaks_the_reported_partys_language_and_carries_the_privacy_notice() {
        data.reports(reports);
        Report first = reports.of(data.event.id()).getFirst();
        Report swedish = reports.edit(first.requireId(), first.version(), first.title(), first.body(), first.organisation(),
                data.ownerEmail, "sv");

        ContactMessage message = ContactMessage.of(swedish, data.event.name(), new fi.pyykkinaru.i18n.Translations());

        assertThat(message.subject()).contains(data.event.name(), "goda praxis");
        assertThat(message.body()).contains("Kyläkoulun kirjastoauto", "Dataskydd");
        assertThat(message.mailto()).startsWith("mailto:" + data.ownerEmail.replace("@", "%40") + "?subject=").doesNotContain("+", " ");
    }
}
