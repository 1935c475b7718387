package fi.pyykkinaru.badge.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.InvalidRegistrationException;
import fi.pyykkinaru.badge.PreRegistrationImport;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.UploadTexts;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.live.Subscribers;
import fi.pyykkinaru.printing.PrintBroadcaster;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.printing.PrintState;
import fi.pyykkinaru.base.ui.ReprintDialog;
import fi.pyykkinaru.base.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Staff find and register visitors, import the pre-registration list, and print badges: one at a time (a badge
 * printed already says so, and printing it again is an explicit reprint) or all on A4 sheets with progress.
 */
@Route(value = "staff/registrations", layout = StaffLayout.class)
@RolesAllowed("STAFF")
class RegistrationsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    final H1 heading = new H1();
    final TextField search = new TextField();
    final Button add = new Button();
    final Button printAll = new Button();
    final Anchor allPdf;
    final ProgressBar progress = new ProgressBar();
    final Upload upload = new Upload();
    final Paragraph uploadHelp = new Paragraph();
    final Paragraph message = new Paragraph();
    final Grid<Registration> grid = new Grid<>();
    private final Event event;
    private final Registrations registrations;
    private final PreRegistrationImport preRegistration;
    private final BadgePrinting badges;
    private final PrintBroadcaster broadcaster;
    private final Clock clock;
    private Subscribers.Subscription subscription = () -> { };
    private Map<Long, List<PrintJob>> badgeJobs = Map.of();

    RegistrationsView(Stand stand, Registrations registrations, PreRegistrationImport preRegistration,
            BadgePrinting badges, PrintBroadcaster broadcaster, Clock clock) {
        this.event = stand.event();
        this.registrations = registrations;
        this.preRegistration = preRegistration;
        this.badges = badges;
        this.broadcaster = broadcaster;
        this.clock = clock;
        setId("registrations");
        addClassName("staff");

        search.setId("registrations-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setClearButtonVisible(true);
        add.setId("registrations-add");
        add.addClassNames("big-button", "primary");
        add.addClickListener(e -> openRegistration());
        printAll.setId("registrations-print-all");
        printAll.addClassName("big-button");
        printAll.addClickListener(e -> printAll());
        allPdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                badges.sheetsPdf(registrations.all(event), event)), "badges.pdf", "application/pdf", -1)), "");
        allPdf.setId("registrations-all-pdf");
        allPdf.addClassName("staff-link");
        allPdf.setTarget("_blank");
        progress.setId("registrations-progress");
        progress.setVisible(false);
        upload.setId("registrations-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> message.setText(getTranslation("registrations.upload.rejected")));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> imported(bytes))));
        message.setId("registrations-message");
        message.getElement().setAttribute("role", "status");
        grid.setId("registrations-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        Div top = new Div(heading, add);
        top.addClassName("staff-top");
        Div tools = new Div(search, allPdf, printAll, progress);
        tools.addClassName("staff-tools");
        add(top, tools, uploadHelp, upload, message, grid);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("registrations.title"));
        search.setLabel(getTranslation("registrations.search"));
        add.setText(getTranslation("registrations.add"));
        printAll.setText(getTranslation("registrations.print-all"));
        allPdf.setText(getTranslation("registrations.all-pdf"));
        uploadHelp.setText(getTranslation("registrations.upload.help", String.join(", ", PreRegistrationImport.COLUMNS)));
        upload.setI18n(UploadTexts.of("registrations.upload.rejected"));
        grid.setEmptyStateText(getTranslation("registrations.empty"));
        grid.removeAllColumns();
        grid.addColumn(Registration::name).setHeader(getTranslation("register.name")).setFlexGrow(2);
        grid.addColumn(r -> Optional.ofNullable(r.organisation()).orElse("")).setHeader(getTranslation("register.organisation"))
                .setFlexGrow(2);
        grid.addColumn(r -> BadgeCodes.display(r.badgeCode())).setHeader(getTranslation("registrations.code")).setAutoWidth(true);
        grid.addComponentColumn(this::badgeState).setHeader(getTranslation("registrations.badge")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("print.actions")).setAutoWidth(true);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registrations.title");
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
        String text = search.getValue();
        List<Registration> shown = text.isBlank() ? registrations.all(event) : registrations.find(event, text);
        // One query for every row's badge jobs, not one per row and column.
        badgeJobs = badges.histories(shown);
        grid.setItems(shown);
    }

    private Optional<PrintJob> latestBadge(Registration registration) {
        List<PrintJob> jobs = badgeJobs.getOrDefault(registration.requireId(), List.of());
        return jobs.isEmpty() ? Optional.empty() : Optional.of(jobs.getLast());
    }

    private Span badgeState(Registration registration) {
        Optional<PrintJob> latest = latestBadge(registration);
        long printed = badgeJobs.getOrDefault(registration.requireId(), List.of()).stream()
                .filter(j -> j.state() == PrintState.DONE).count();
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
        boolean printedOrOnItsWay = latest.isPresent() && latest.get().state() != PrintState.HELD
                && (latest.get().state().open() || latest.get().state() == PrintState.DONE);
        Button print = new Button(getTranslation(printedOrOnItsWay ? "print.reprint" : "registrations.print"), e -> {
            if (printedOrOnItsWay) {
                confirmReprint(registration, latest.get());
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
            PrintJob job = badges.print(registration, event);
            message.setText(getTranslation("registrations.queued", registration.name(), job.id()));
        } catch (PrintQueue.AlreadyPrintedException already) {
            confirmReprint(registration, already.earlier());
        }
        refresh();
    }

    private void confirmReprint(Registration registration, PrintJob earlier) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        new ReprintDialog(getTranslation("registrations.reprint.text", registration.name(),
                getTranslation("print.state." + earlier.state().name()), time.format(earlier.changedAt().atZone(clock.getZone()))),
                () -> {
                    PrintJob job = badges.reprint(registration, event);
                    message.setText(getTranslation("registrations.queued", registration.name(), job.id()));
                    refresh();
                }).open();
    }

    private void openRegistration() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("registrations.add"));
        RegistrationForm form = new RegistrationForm(getLocale());
        Button save = new Button(getTranslation("register.submit"), e -> {
            try {
                Registration registration = registrations.register(event, form.draft(), RegistrationSource.STAFF);
                PrintJob job = badges.registered(registration, event);
                message.setText(getTranslation("registrations.queued", registration.name(), job.id()));
                dialog.close();
                refresh();
            } catch (InvalidRegistrationException invalid) {
                form.showProblems(invalid.problems());
            }
        });
        save.setId("registration-save");
        save.addClassName("primary");
        Button close = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(close, save);
        dialog.open();
    }

    private void imported(byte[] bytes) {
        PreRegistrationImport.Result result = preRegistration.csv(event, new ByteArrayInputStream(bytes));
        upload.clearFileList();
        if (result.problems().isEmpty()) {
            message.setText(getTranslation("registrations.imported", result.imported().size()));
        } else {
            message.setText(getTranslation("admin.programme.not-imported") + " " + result.problems().stream()
                    .map(p -> {
                        String text = getTranslation(p.messageKey(), p.args().toArray());
                        return p.line() > 0 ? getTranslation("admin.programme.line", p.line(), text) : text;
                    })
                    .collect(Collectors.joining("; ")));
        }
        refresh();
    }

    private void printAll() {
        List<Registration> everyone = registrations.all(event);
        if (everyone.isEmpty()) {
            message.setText(getTranslation("registrations.empty"));
            return;
        }
        UI ui = UI.getCurrent();
        printAll.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(everyone.size());
        progress.setValue(0);
        message.setText(getTranslation("registrations.print-all.running", everyone.size()));
        // Drawn off the request thread, so the console stays usable and shows how far it got.
        CompletableFuture.supplyAsync(() -> badges.printSheets(everyone, event,
                done -> {
                    if (done % 10 == 0 || done == everyone.size()) {
                        ui.access(() -> progress.setValue(done));
                    }
                }))
                .whenComplete((job, failure) -> ui.access(() -> {
                    printAll.setEnabled(true);
                    progress.setVisible(false);
                    message.setText(failure == null ? getTranslation("registrations.print-all.queued", everyone.size(), job.id())
                            : getTranslation("registrations.print-all.failed"));
                }));
    }
}
