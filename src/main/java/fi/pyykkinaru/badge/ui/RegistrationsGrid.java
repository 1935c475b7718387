package fi.pyykkinaru.badge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.base.ui.ReprintDialog;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.printing.PrintState;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The visitors found, each with their badge's story in words and its actions: print, or reprint once the badge
 * has been printed (staff confirm a second copy first, also while the first is on its way), and the badge's PDF.
 */
class RegistrationsGrid extends Grid<Registration> {

    private final Event event;
    private final BadgePrinting badges;
    private final Clock clock;
    private final Supplier<List<Registration>> rows;
    private final BiConsumer<Registration, PrintJob> queued;
    private Map<Long, List<PrintJob>> badgeJobs = Map.of();

    RegistrationsGrid(Event event, BadgePrinting badges, Clock clock, Supplier<List<Registration>> rows,
            BiConsumer<Registration, PrintJob> queued) {
        this.event = event;
        this.badges = badges;
        this.clock = clock;
        this.rows = rows;
        this.queued = queued;
        setId("registrations-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    }

    void localize() {
        setEmptyStateText(getTranslation("registrations.empty"));
        removeAllColumns();
        addColumn(Registration::name).setHeader(getTranslation("register.name")).setFlexGrow(2);
        addColumn(r -> Optional.ofNullable(r.organisation()).orElse("")).setHeader(getTranslation("register.organisation"))
                .setFlexGrow(2);
        addColumn(r -> BadgeCodes.display(r.badgeCode())).setHeader(getTranslation("registrations.code")).setAutoWidth(true);
        addComponentColumn(this::badgeState).setHeader(getTranslation("registrations.badge")).setFlexGrow(2);
        addComponentColumn(this::actions).setHeader(getTranslation("print.actions")).setAutoWidth(true);
    }

    void refresh() {
        List<Registration> shown = rows.get();
        // One query for every row's badge jobs, not one per row and column.
        badgeJobs = badges.histories(shown);
        setItems(shown);
    }

    private List<PrintJob> jobs(Registration registration) {
        return badgeJobs.getOrDefault(registration.requireId(), List.of());
    }

    private Optional<PrintJob> latestBadge(Registration registration) {
        List<PrintJob> jobs = jobs(registration);
        return jobs.isEmpty() ? Optional.empty() : Optional.of(jobs.getLast());
    }

    private Span badgeState(Registration registration) {
        Optional<PrintJob> latest = latestBadge(registration);
        long printed = jobs(registration).stream().filter(j -> j.state() == PrintState.DONE).count();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        String text;
        if (latest.isEmpty()) {
            text = getTranslation("registrations.badge.none");
        } else if (latest.get().state() == PrintState.DONE) {
            text = getTranslation("registrations.badge.printed", printed,
                    time.format(latest.get().changedAt().atZone(clock.getZone())));
        } else {
            text = getTranslation("print.state." + latest.get().state().name())
                    + (printed > 0 ? " · " + getTranslation("registrations.badge.printed-before", printed) : "");
        }
        Span state = new Span(text);
        state.addClassName("status");
        state.setId("registration-badge-" + registration.id());
        return state;
    }

    private Div actions(Registration registration) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        Optional<PrintJob> latest = latestBadge(registration);
        // "Reprint" only for a badge that has come out of a printer; one queued but never printed is printed,
        // and the question before a second copy still comes while the first is on its way.
        Optional<PrintJob> lastPrinted = jobs(registration).stream().filter(j -> j.state() == PrintState.DONE)
                .reduce((earlier, later) -> later);
        Optional<PrintJob> onItsWay = latest.filter(j -> j.state() != PrintState.HELD && j.state().open());
        Optional<PrintJob> copy = onItsWay.or(() -> lastPrinted);
        Button print = new Button(lastPrinted.isPresent() ? getTranslation("print.reprint") : getTranslation("registrations.print"),
                e -> {
                    if (copy.isPresent()) {
                        confirmReprint(registration, copy.get());
                    } else {
                        print(registration);
                    }
                });
        print.setId("registration-print-" + registration.id());
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(badges.pdf(registration, event)), "badge-" + registration.badgeCode() + ".pdf",
                "application/pdf", -1)), getTranslation("print.pdf"));
        pdf.setTarget("_blank");
        pdf.addClassName("staff-link");
        pdf.setId("registration-pdf-" + registration.id());
        actions.add(print, pdf);
        return actions;
    }

    private void print(Registration registration) {
        try {
            queued.accept(registration, badges.print(registration, event));
        } catch (PrintQueue.AlreadyPrintedException already) {
            confirmReprint(registration, already.earlier());
            refresh();
        }
    }

    private void confirmReprint(Registration registration, PrintJob earlier) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        new ReprintDialog(getTranslation("registrations.reprint.text", registration.name(),
                getTranslation("print.state." + earlier.state().name()), time.format(earlier.changedAt().atZone(clock.getZone()))),
                () -> queued.accept(registration, badges.reprint(registration, event))).open();
    }
}
