package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.badge.RegistrationTally;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.SlipTally;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.harvest.BenchBriefs;
import fi.pyykkinaru.harvest.Exports;
import fi.pyykkinaru.harvest.HarvestFigures;
import fi.pyykkinaru.harvest.FeedbackTable;
import fi.pyykkinaru.harvest.HarvestDocuments;
import fi.pyykkinaru.privacy.Privacy;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.NeedsEvent;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.base.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The organisers' harvest of an event on one page: the overview with charts, the reports and their follow-up,
 * the production team and publishing calendar, the feedback table, files and prints, and privacy. The stand's
 * event unless another is chosen ({@code ?event=slug}).
 */
@Route(value = "harvest", layout = StaffLayout.class)
@RolesAllowed("ORGANISER")
class HarvestView extends Div implements BeforeEnterObserver, HasDynamicTitle, NeedsEvent {

    final Select<Event> eventChoice = new Select<>();
    final H1 heading = new H1();
    final Div sections = new Div();
    // Made for the chosen event once the page is entered (beforeEnter), and again when another is chosen.
    @Nullable OverviewSection overview;
    @Nullable ReportsSection reports;
    @Nullable TeamSection team;
    @Nullable FeedbackSection feedback;
    @Nullable ExportsSection exports;
    @Nullable PrivacySection privacy;
    private final ThisStand stand;
    private final Events events;
    private final Lines lineService;
    private final Reports reportService;
    private final SlipTally slipTally;
    private final RegistrationTally registrationTally;
    private final FeedbackTable feedbackTable;
    private final HarvestDocuments documents;
    private final Exports exportService;
    private final BenchBriefs briefs;
    private final Privacy privacyService;
    private final AuditLog audit;
    private final Translations translations;
    private final Clock clock;
    private final ObjectProvider<HarvestFigures> figures;
    private Event event;

    HarvestView(ThisStand stand, Events events, Lines lineService, Reports reportService, SlipTally slipTally,
            RegistrationTally registrationTally,
            FeedbackTable feedbackTable, HarvestDocuments documents, Exports exportService, BenchBriefs briefs,
            Privacy privacyService,
            AuditLog audit, Translations translations, Clock clock, ObjectProvider<HarvestFigures> figures) {
        this.stand = stand;
        this.events = events;
        this.lineService = lineService;
        this.reportService = reportService;
        this.slipTally = slipTally;
        this.registrationTally = registrationTally;
        this.feedbackTable = feedbackTable;
        this.documents = documents;
        this.exportService = exportService;
        this.briefs = briefs;
        this.privacyService = privacyService;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
        this.figures = figures;
        this.event = stand.event();
        setId("harvest-view");
        addClassNames("staff", "harvest");
        eventChoice.setId("harvest-event");
        eventChoice.setLabel(getTranslation("harvest.filter.event"));
        eventChoice.setItemLabelGenerator(e -> e == null ? "" : e.name());
        eventChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("harvest", QueryParameters.of("event", e.getValue().slug()));
            }
        });
        Nav jump = new Nav();
        jump.addClassName("harvest-jump");
        for (String section : List.of("overview", "reports", "team", "feedback", "exports", "privacy")) {
            Anchor link = new Anchor("harvest#harvest-" + section, getTranslation("harvest.section." + section));
            link.addClassName("staff-link");
            jump.add(link);
        }
        Div top = new Div(heading, eventChoice);
        top.addClassName("staff-top");
        add(top, jump, sections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = navigation.getLocation().getQueryParameters().getSingleParameter("event").flatMap(events::bySlug)
                .orElse(stand.event());
        List<Event> all = events.all();
        eventChoice.setItems(all);
        all.stream().filter(e -> Objects.equals(e.id(), event.id())).findFirst().ifPresent(eventChoice::setValue);
        heading.setText(getTranslation("harvest.title", event.name()));
        show();
    }

    private void show() {
        List<Line> lines = lineService.active(event.requireId());
        List<HarvestFigures.Figure> figureList = figures.orderedStream()
                .flatMap(f -> f.figures(event.requireId(), getLocale()).stream()).toList();
        OverviewSection overview = new OverviewSection(event, lines, slipTally, registrationTally, feedbackTable,
                figureList);
        TeamSection team = new TeamSection(event, reportService, clock, this::reportsChanged);
        ReportsSection reports = new ReportsSection(event, reportService, translations, clock, team::refresh);
        FeedbackSection feedback = new FeedbackSection(event, feedbackTable, documents);
        ExportsSection exports = new ExportsSection(event, lines, exportService, documents, briefs,
                stand.printer("a4").orElse(null), () -> overview.day.getValue(), clock);
        PrivacySection privacy = new PrivacySection(event, privacyService, audit, clock);
        this.overview = overview;
        this.team = team;
        this.reports = reports;
        this.feedback = feedback;
        this.exports = exports;
        this.privacy = privacy;
        sections.removeAll();
        sections.add(overview, reports, team, feedback, exports, privacy);
    }

    /** The calendar scheduled reports: their rows show the new status. */
    private void reportsChanged() {
        if (reports != null) {
            reports.refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("harvest.title", event.name());
    }
}
