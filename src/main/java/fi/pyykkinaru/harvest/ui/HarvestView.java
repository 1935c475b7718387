package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.AuditLog;
import fi.pyykkinaru.harvest.Exports;
import fi.pyykkinaru.harvest.FeedbackReport;
import fi.pyykkinaru.harvest.HarvestDocuments;
import fi.pyykkinaru.harvest.HarvestStats;
import fi.pyykkinaru.harvest.Privacy;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.staff.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisers' harvest of the event on one page: the overview with charts, the reports and their follow-up,
 * the production team and publishing calendar, the feedback table, files and prints, and privacy.
 */
@Route(value = "harvest", layout = StaffLayout.class)
@RolesAllowed("ORGANISER")
class HarvestView extends Div implements HasDynamicTitle {

    final OverviewSection overview;
    final ReportsSection reports;
    final TeamSection team;
    final FeedbackSection feedback;
    final ExportsSection exports;
    final PrivacySection privacy;
    private final Event event;

    HarvestView(Stand stand, Lines lineService, Reports reportService, HarvestStats stats, FeedbackReport feedbackReport,
            HarvestDocuments documents, Exports exportService, Privacy privacyService, AuditLog audit, JdbcClient jdbc,
            Translations translations, Clock clock) {
        this.event = stand.event();
        setId("harvest-view");
        addClassNames("staff", "harvest");
        reportService.sync(event);
        List<Line> lines = lineService.active(event.id());
        // Stands that have pegged slips in this event, for the filter.
        List<String> stands = jdbc.sql("select distinct stand from slip where event_id = ? and stand is not null order by stand")
                .param(event.id()).query(String.class).list();
        overview = new OverviewSection(event, lines, stands, stats, feedbackReport);
        team = new TeamSection(event, reportService, clock, this::reportsChanged);
        reports = new ReportsSection(event, reportService, translations, clock, team::refresh);
        feedback = new FeedbackSection(event, feedbackReport, documents);
        exports = new ExportsSection(event, lines, exportService, documents, () -> overview.day.getValue(), clock);
        privacy = new PrivacySection(event, privacyService, audit, clock);
        Nav jump = new Nav();
        jump.addClassName("harvest-jump");
        for (String section : List.of("overview", "reports", "team", "feedback", "exports", "privacy")) {
            Anchor link = new Anchor("harvest#harvest-" + section, getTranslation("harvest.section." + section));
            link.addClassName("staff-link");
            jump.add(link);
        }
        add(new H1(getTranslation("harvest.title", event.name())), jump, overview, reports, team, feedback, exports, privacy);
    }

    /** The calendar scheduled reports: their rows show the new status. */
    private void reportsChanged() {
        reports.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("harvest.title", event.name());
    }
}
