package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.Privacy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The harvest forgets the reported parties' contacts through its reports; the reports and their follow-up stay. */
@PyykkinaruTest
class ReportPersonalDataTest {

    @Autowired Privacy privacy;
    @Autowired Reports reports;
    @Autowired ReportRepository repository;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired JdbcClient jdbc;

    private Report reportWithContact(HarvestTestData data) {
        return data.reports(reports).stream().filter(r -> r.contact() != null).findFirst().orElseThrow();
    }

    @Test
    void an_erased_contact_leaves_no_trace_in_the_reports_but_the_report_stays_whole() {
        HarvestTestData data = new HarvestTestData(events, lines, slips);
        Report report = reportWithContact(data);
        Report moved = reports.move(report.requireId(), ReportStatus.ASSIGNED, null, null, null, null);
        List<Match> reportMatches = privacy.find(data.ownerPhone).stream().filter(m -> m.kind().equals("REPORT")).toList();
        assertThat(reportMatches).extracting(Match::ref).containsExactly(String.valueOf(report.requireId()));

        privacy.erase(reportMatches);

        assertThat(reportsNaming(data.ownerEmail) + reportsNaming(data.ownerPhone))
                .as("reports still reaching the person").isZero();
        Report after = reports.get(report.requireId());
        assertThat(after.contact()).isNull();
        assertThat(after.title()).isEqualTo(report.title());
        assertThat(after.status()).isEqualTo(moved.status());
        assertThat(after.slips()).as("the report still remembers its slips").isEqualTo(report.slips());
    }

    @Test
    void a_purge_takes_the_contacts_of_its_own_events_reports_only() {
        HarvestTestData purged = new HarvestTestData(events, lines, slips);
        HarvestTestData kept = new HarvestTestData(events, lines, slips);
        Report purgedReport = reportWithContact(purged);
        Report keptReport = repository.findById(reportWithContact(kept).requireId()).orElseThrow();

        privacy.purge(purged.event.id());

        Report after = repository.findById(purgedReport.requireId()).orElseThrow();
        assertThat(after.contact()).isNull();
        assertThat(after.slips()).isEqualTo(purgedReport.slips());
        assertThat(repository.findById(keptReport.requireId()).orElseThrow()).isEqualTo(keptReport);
        assertThat(reportsNaming(kept.ownerEmail)).isOne();
    }

    @Test
    void a_stale_copy_saved_after_the_erasure_fails_instead_of_bringing_the_contact_back() {
        HarvestTestData data = new HarvestTestData(events, lines, slips);
        Report stale = repository.findById(reportWithContact(data).requireId()).orElseThrow();

        privacy.erase(privacy.find(data.ownerEmail));

        assertThatThrownBy(() -> repository.save(stale.with(ReportStatus.ASSIGNED, Instant.now())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(reportsNaming(data.ownerEmail)).isZero();
    }

    @Test
    void an_organisers_dialog_opened_before_the_erasure_cannot_save_the_contact_back() {
        HarvestTestData data = new HarvestTestData(events, lines, slips);
        Report seenInTheDialog = reports.get(reportWithContact(data).requireId());

        privacy.erase(privacy.find(data.ownerEmail));

        assertThatThrownBy(() -> reports.edit(seenInTheDialog.requireId(), seenInTheDialog.version(),
                seenInTheDialog.title(), seenInTheDialog.body(), seenInTheDialog.organisation(),
                seenInTheDialog.contact(), seenInTheDialog.contactLanguage()))
                .isInstanceOf(InvalidFollowUpException.class).hasMessage("report.error.changed");
        assertThat(reportsNaming(data.ownerEmail)).isZero();
    }

    private long reportsNaming(String value) {
        return jdbc.sql("select count(*) from report where lower(coalesce(contact, '')) like ?")
                .param("%" + value.toLowerCase() + "%").query(Long.class).single();
    }
}
