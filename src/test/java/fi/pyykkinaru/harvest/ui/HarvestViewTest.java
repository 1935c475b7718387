package fi.pyykkinaru.harvest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.kiosk.Stand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An organiser after the sample day: the harvest, its reports with their status as text, and the team's rotation. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class HarvestViewTest extends SpringBrowserlessTest {

    @Autowired Reports reports;
    @Autowired Stand stand;

    @Test
    void the_sample_days_practices_are_reports_and_the_team_takes_them_in_turns() {
        HarvestView view = navigate("harvest", HarvestView.class);
        var grid = test(view.reports.grid);
        int rows = grid.size();

        assertThat(rows).isGreaterThanOrEqualTo(8);
        assertThat(((Span) grid.getCellComponent(0, 3)).getText()).startsWith("Uusi");
        assertThat(view.overview.count.getText()).endsWith("lappua");
        assertThat(view.team.members.getChildren().count()).isEqualTo(3);

        test(view.reports.assignNew).click();

        assertThat(view.reports.message.getText()).contains("jaettiin");
        assertThat(reports.of(stand.event().id())).filteredOn(r -> !r.hidden())
                .allSatisfy(r -> assertThat(r.status()).isNotEqualTo(ReportStatus.NEW));
        Report first = reports.of(stand.event().id()).getFirst();
        assertThat(((Span) test(view.reports.grid).getCellComponent(0, 3)).getText()).startsWith("Jaettu");
        assertThat(first.assigneeId()).isNotNull();
    }

    @Test
    void the_export_and_summary_links_are_there() {
        HarvestView view = navigate("harvest", HarvestView.class);

        assertThat(view.exports.csv.getId()).contains("export-csv");
        assertThat(view.exports.daySummary.getId()).contains("day-summary-pdf");
        assertThat(view.exports.csv.getHref()).isNotBlank();
    }
}
