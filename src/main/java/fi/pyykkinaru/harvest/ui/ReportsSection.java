package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.harvest.TeamMember;
import fi.pyykkinaru.i18n.Translations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The reports grid: search and filter, each row's status as text (and whether it is overdue), open one to
 * mend and move it on, hand new ones to the team, merge duplicates.
 */
class ReportsSection extends Div {

    final TextField search = new TextField();
    final Select<ReportStatus> status = new Select<>();
    final Button assignNew = new Button();
    final Button merge = new Button();
    final Paragraph message = new Paragraph();
    final Grid<Report> grid = new Grid<>();
    private final Event event;
    private final Reports reports;
    private final Translations translations;
    private final Clock clock;
    private final Runnable changed;
    private Map<Long, Long> voices = Map.of();

    ReportsSection(Event event, Reports reports, Translations translations, Clock clock, Runnable changed) {
        this.event = event;
        this.reports = reports;
        this.translations = translations;
        this.clock = clock;
        this.changed = changed;
        setId("harvest-reports");
        addClassName("harvest-section");
        search.setId("reports-search");
        search.setLabel(getTranslation("reports.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        status.setId("reports-status");
        status.setLabel(getTranslation("reports.status-filter"));
        status.setItems(ReportStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("harvest.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("harvest.filter.all") : getTranslation("report.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        assignNew.setText(getTranslation("reports.assign-new"));
        assignNew.setId("reports-assign-new");
        assignNew.addClickListener(e -> {
            int handed = reports.assignNew(event.requireId());
            message.setText(getTranslation("reports.assign-new.done", handed));
            refresh();
        });
        merge.setText(getTranslation("reports.merge"));
        merge.setId("reports-merge");
        merge.addClickListener(e -> merge());
        message.setId("reports-message");
        message.getElement().setAttribute("role", "status");
        grid.setId("report-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("reports.empty"));
        Div tools = new Div(search, status, assignNew, merge);
        tools.addClassName("staff-tools");
        add(new H2(getTranslation("harvest.section.reports")), tools, message, grid);
        columns();
        refresh();
    }

    private void columns() {
        grid.addColumn(Report::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Report::title).setHeader(getTranslation("reports.title")).setFlexGrow(3);
        grid.addColumn(r -> Objects.requireNonNullElse(r.organisation(), "")).setHeader(getTranslation("reports.organisation"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::statusOf).setHeader(getTranslation("reports.status")).setFlexGrow(2);
        grid.addColumn(r -> assignee(r.assigneeId())).setHeader(getTranslation("reports.assignee")).setFlexGrow(1);
        grid.addColumn(r -> r.slips().size()).setHeader(getTranslation("reports.slips")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> voices.getOrDefault(r.requireId(), 0L)).setHeader(getTranslation("reports.voices"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation("reports.open"), e -> new ReportDialog(reports.get(r.requireId()),
                    event, reports, translations, this::afterChange).open());
            open.setId("report-open-" + r.id());
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
    }

    private Span statusOf(Report report) {
        String text = getTranslation("report.status." + report.status().name());
        if (report.hidden()) {
            text += " · " + getTranslation("reports.hidden");
        }
        boolean overdue = report.overdue(clock.instant(), LocalDate.now(clock));
        if (overdue) {
            text += " · " + getTranslation("reports.overdue");
        }
        Span status = new Span(text);
        status.addClassNames("status", "report-status");
        status.getElement().getClassList().set("report-status--overdue", overdue);
        status.setId("report-status-" + report.id());
        return status;
    }

    private String assignee(@Nullable Long memberId) {
        if (memberId == null) {
            return "";
        }
        return team().getOrDefault(memberId, "");
    }

    private Map<Long, String> team() {
        return reports.team(event.requireId()).stream()
                .collect(Collectors.toMap(TeamMember::requireId, TeamMember::name));
    }

    void refresh() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        ReportStatus only = status.getValue();
        List<Report> shown = reports.of(event.requireId()).stream()
                .filter(r -> only == null || r.status() == only)
                .filter(r -> text.isEmpty() || (r.title() + " " + Objects.requireNonNullElse(r.organisation(), "") + " "
                        + Objects.requireNonNullElse(r.body(), "")).toLowerCase(Locale.ROOT).contains(text))
                .toList();
        voices = reports.voices(shown);
        grid.setItems(shown);
    }

    private void merge() {
        List<Report> chosen = grid.getSelectedItems().stream().sorted((a, b) -> Long.compare(a.requireId(), b.requireId())).toList();
        if (chosen.size() < 2) {
            message.setText(getTranslation("reports.merge.need-two"));
            return;
        }
        Report keep = chosen.getFirst();
        List<Report> duplicates = chosen.subList(1, chosen.size());
        String ids = duplicates.stream().map(r -> "#" + r.id()).collect(Collectors.joining(", "));
        int slipsMoving = duplicates.stream().mapToInt(r -> r.slips().size()).sum();
        // The duplicates are deleted with their follow-up: there is nothing to bring back.
        new Confirmation(getTranslation("reports.merge.title"), getTranslation("reports.merge.text", chosen.size(), keep.id()),
                getTranslation("reports.merge"), () -> {
                    reports.merge(keep.requireId(), duplicates.stream().map(Report::requireId).toList());
                    message.setText(getTranslation("reports.merge.done", chosen.size(), keep.id()));
                    grid.deselectAll();
                    afterChange();
                }).losing(List.of(getTranslation("reports.merge.losing", duplicates.size(), ids, slipsMoving, "#" + keep.id())))
                .irreversible().open();
    }

    private void afterChange() {
        refresh();
        changed.run();
    }
}
