package fi.pyykkinaru.printing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.pyykkinaru.live.Subscribers;
import fi.pyykkinaru.printing.PrintBroadcaster;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.printing.PrintState;
import fi.pyykkinaru.printing.PrinterPurpose;
import fi.pyykkinaru.printing.PrinterStatus;
import fi.pyykkinaru.printing.Printers;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.base.ui.PhoneAddressPanel;
import fi.pyykkinaru.base.ui.StaffLayout;
import fi.pyykkinaru.base.ui.Undo;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The stand's printers and print queue for staff: each printer's state in its own words, every job with its
 * state as text, and retry, cancel and reprint. Follows the queue live.
 */
@Route(value = "staff/print", layout = StaffLayout.class)
@RolesAllowed("STAFF")
class PrintQueueView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    static final int ROWS = 200;

    final H1 heading = new H1();
    final H2 printersHeading = new H2();
    final Map<PrinterPurpose, Div> printerCards = new EnumMap<>(PrinterPurpose.class);
    final Grid<PrintJob> grid = new Grid<>();
    final Paragraph message = new Paragraph();
    final PhoneAddressPanel address;
    private final PrintQueue queue;
    private final Printers printers;
    private final PrintBroadcaster broadcaster;
    private final Clock clock;
    private Subscribers.Subscription subscription = () -> { };

    PrintQueueView(PrintQueue queue, Printers printers, PrintBroadcaster broadcaster, PhoneAddressPanel address,
            Clock clock) {
        this.address = address;
        this.queue = queue;
        this.printers = printers;
        this.broadcaster = broadcaster;
        this.clock = clock;
        setId("print-view");
        addClassName("staff");
        Div cards = new Div();
        cards.addClassName("printer-cards");
        for (PrinterPurpose purpose : PrinterPurpose.values()) {
            Div card = new Div();
            card.setId("printer-" + purpose.name().toLowerCase());
            card.addClassName("printer-card");
            printerCards.put(purpose, card);
            cards.add(card);
        }
        message.setId("print-message");
        message.getElement().setAttribute("role", "status");
        grid.setId("print-queue");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        // Beside the printers: what the receipts' and posters' QR codes lead to is part of what comes out of them.
        add(heading, printersHeading, cards, address, message, grid);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("print.title"));
        printersHeading.setText(getTranslation("print.printers"));
        grid.setEmptyStateText(getTranslation("print.empty"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.removeAllColumns();
        grid.addColumn(PrintJob::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(j -> time.format(j.createdAt().atZone(clock.getZone()))).setHeader(getTranslation("print.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(j -> getTranslation("print.kind." + j.kind().name())).setHeader(getTranslation("print.kind"))
                .setAutoWidth(true);
        grid.addColumn(j -> j.title() + (j.reprintOf() == null ? "" : " · " + getTranslation("print.reprint-of", j.reprintOf())))
                .setHeader(getTranslation("print.what")).setFlexGrow(3);
        grid.addComponentColumn(this::destination).setHeader(getTranslation("print.destination")).setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("print.state")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("print.actions")).setAutoWidth(true);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("print.title");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        subscription = broadcaster.subscribeQueue(() -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        subscription.cancel();
    }

    void refresh() {
        printerCards.forEach((purpose, card) -> showPrinter(card, purpose, printers.status(purpose)));
        grid.setItems(queue.recent(ROWS));
    }

    private void showPrinter(Div card, PrinterPurpose purpose, PrinterStatus status) {
        card.removeAll();
        Span name = new Span(getTranslation("print.printer." + purpose.name()));
        name.addClassName("printer-name");
        Span state = new Span(printerState(status));
        state.addClassName("printer-state");
        state.getElement().setAttribute("data-ready", String.valueOf(status.ready()));
        // Green says "ready" and nothing else: a printer not set is neutral, one in trouble is red.
        card.getElement().getClassList().set("printer-card--ready", status.configured() && status.ready());
        card.getElement().getClassList().set("printer-card--unset", !status.configured());
        card.getElement().getClassList().set("printer-card--trouble", status.configured() && !status.ready());
        card.getElement().setAttribute("data-state", !status.configured() ? "unset" : status.ready() ? "ready" : "trouble");
        Span address = new Span(printers.address(purpose).map(Object::toString).orElse(getTranslation("print.printer.none")));
        address.addClassName("printer-address");
        card.add(name, state, address);
    }

    private String printerState(PrinterStatus status) {
        if (!status.configured()) {
            return getTranslation("print.printer.not-configured");
        }
        if (!status.reachable()) {
            return getTranslation("print.printer.unreachable");
        }
        String why = status.why();
        if (!status.accepting()) {
            return getTranslation("print.printer.not-accepting") + (why.isBlank() ? "" : ": " + why);
        }
        if (status.state() == 5) {
            return getTranslation("print.printer.stopped") + (why.isBlank() ? "" : ": " + why);
        }
        return getTranslation(status.state() == 4 ? "print.printer.printing" : "print.printer.ready");
    }

    /**
     * Where the job goes: a stand's own printer by its queue's name, or the settings file's for its purpose, which
     * for a job of another app node is that node's, unknown here.
     */
    private Span destination(PrintJob job) {
        String node = job.node();
        Span where = job.printer() == null && node != null && !printers.isThisNode(node)
                ? new Span(getTranslation("print.destination.node", node))
                : new Span(printers.address(job).map(a -> queueName(a.toString())
                        + (job.printer() == null ? " · " + getTranslation("print.destination.default") : ""))
                .orElse(getTranslation("print.printer.none")));
        where.addClassName("print-destination");
        where.getElement().setAttribute("title", printers.address(job).map(Object::toString).orElse(""));
        return where;
    }

    /** {@code ipp://host:631/printers/Badges} reads as "Badges". */
    static String queueName(String address) {
        int slash = address.lastIndexOf('/');
        return slash >= 0 && slash < address.length() - 1 ? address.substring(slash + 1) : address;
    }

    private Div state(PrintJob job) {
        Span state = new Span(getTranslation("print.state." + job.state().name()));
        state.addClassNames("status", "print-state", "print-state--" + job.state().name().toLowerCase());
        Div cell = new Div(state);
        String error = job.lastError();
        if (error != null && job.state() != PrintState.DONE) {
            Span why = new Span(reason(error));
            why.addClassName("print-reason");
            cell.add(why);
        }
        return cell;
    }

    private String reason(String error) {
        return error.startsWith("print.error.") ? getTranslation(error) : error;
    }

    private Div actions(PrintJob job) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (job.state() == PrintState.FAILED || job.state() == PrintState.HELD
                || (job.state() == PrintState.QUEUED && job.lastError() != null)) {
            actions.add(action(job, job.state() == PrintState.HELD ? "print.release" : "print.retry", "retry",
                    () -> queue.retry(job.id())));
        }
        if (job.state().open()) {
            Button cancel = new Button(getTranslation("print.cancel"), e -> confirmCancel(job));
            cancel.setId("print-cancel-" + job.id());
            cancel.addClassName("danger-outline");
            actions.add(cancel);
        }
        if (job.state() == PrintState.DONE || job.state() == PrintState.FAILED || job.state() == PrintState.CANCELLED) {
            actions.add(action(job, "print.reprint", "reprint", () -> queue.reprint(job.id())));
        }
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(queue.document(job.id())), "job-" + job.id() + ".pdf", "application/pdf", -1)),
                getTranslation("print.pdf"));
        pdf.setId("print-pdf-" + job.id());
        pdf.addClassName("staff-link");
        pdf.setTarget("_blank");
        actions.add(pdf);
        return actions;
    }

    private Button action(PrintJob job, String key, String id, Runnable command) {
        Button button = new Button(getTranslation(key), e -> {
            command.run();
            showMessage(getTranslation(key + ".done", job.id()));
            refresh();
        });
        button.setId("print-" + id + "-" + job.id());
        return button;
    }

    /**
     * Cancelling asks first. A job stopped before it reached a printer can be put back for a few seconds after;
     * one already at its printer cannot, and the question says so.
     */
    private void confirmCancel(PrintJob job) {
        boolean here = PrintQueue.cancelsHere(job.state());
        String what = job.title() + " · " + getTranslation("print.state." + job.state().name());
        new Confirmation(getTranslation("print.cancel.title"),
                getTranslation(here ? "print.cancel.text" : "print.cancel.text.at-printer", job.id(), what),
                getTranslation("print.cancel"), () -> {
                    queue.cancel(job.id());
                    String done = getTranslation("print.cancel.done", job.id());
                    showMessage(done);
                    refresh();
                    if (here) {
                        Undo.offer(done, () -> {
                            queue.uncancel(job.id(), job.state());
                            showMessage("");
                            refresh();
                        });
                    }
                }).open();
    }

    private void showMessage(@Nullable String text) {
        message.setText(text == null ? "" : text);
    }
}
