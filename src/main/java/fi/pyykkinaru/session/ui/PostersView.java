package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.kiosk.NeedsEvent;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.printing.Paper;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.base.ui.PhoneAddressPanel;
import fi.pyykkinaru.base.ui.ReprintDialog;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionPosters;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.base.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Staff print the programme's posters, one session's on A4 or A3, and the programme itself: one document listing
 * every session by day and time with its QR code, in the language chosen, its progress shown while it is drawn.
 * Every poster and the programme can be looked at as a PDF first, and all posters fetched at once.
 */
@Route(value = "staff/posters", layout = StaffLayout.class)
@RolesAllowed("STAFF")
class PostersView extends Div implements LocaleChangeObserver, HasDynamicTitle, NeedsEvent {

    final H1 heading = new H1();
    final Button printProgramme = new Button();
    final Anchor programmePdf;
    final Anchor allPostersPdf;
    final Select<Locale> language = new Select<>();
    final ProgressBar progress = new ProgressBar();
    final Paragraph message = new Paragraph();
    final Grid<Session> grid = new Grid<>();
    final PhoneAddressPanel addressPanel;
    private final Event event;
    private final Sessions sessions;
    private final SessionPosters posters;
    private final PrintQueue queue;
    private final PublicAddress address;
    private final Clock clock;
    /** This stand's own A4 printer (null: the settings file's). */
    private final @Nullable String a4Printer;
    // Read by the download handlers, which run outside this UI's request.
    private volatile Locale programmeLocale;

    PostersView(ThisStand stand, Sessions sessions, SessionPosters posters, PrintQueue queue, PublicAddress address,
            PhoneAddressPanel addressPanel, Clock clock) {
        this.address = address;
        this.addressPanel = addressPanel;
        this.event = stand.event();
        this.a4Printer = stand.printer("a4").orElse(null);
        this.sessions = sessions;
        this.posters = posters;
        this.queue = queue;
        this.clock = clock;
        setId("posters");
        addClassName("staff");
        printProgramme.setId("posters-print-programme");
        printProgramme.addClassNames("big-button", "primary");
        printProgramme.addClickListener(e -> printProgramme());
        programmeLocale = Translations.supported(getLocale());
        language.setId("posters-language");
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(l -> l == null ? "" : l.getDisplayLanguage(l));
        language.setValue(programmeLocale);
        language.addValueChangeListener(e -> programmeLocale = e.getValue() == null ? Translations.FINNISH : e.getValue());
        programmePdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                posters.programme(sessions.programme(event.requireId()), event.name(), programmeLocale, address.base(),
                        done -> { })), event.slug() + "-programme-" + programmeLocale.getLanguage() + ".pdf",
                "application/pdf", -1)), "");
        programmePdf.setId("posters-programme-pdf");
        programmePdf.addClassName("staff-link");
        programmePdf.setTarget("_blank");
        allPostersPdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                posters.allPosters(sessions.programme(event.requireId()), Paper.A4, address.base(), done -> { })),
                event.slug() + "-posters.pdf", "application/pdf", -1)), "");
        allPostersPdf.setId("posters-all-pdf");
        allPostersPdf.addClassName("staff-link");
        allPostersPdf.setTarget("_blank");
        progress.setId("posters-progress");
        progress.setVisible(false);
        message.setId("posters-message");
        message.getElement().setAttribute("role", "status");
        grid.setId("posters-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        Div top = new Div(heading, language, programmePdf, printProgramme, allPostersPdf);
        top.addClassName("staff-top");
        add(top, addressPanel, progress, message, grid);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("posters.title"));
        printProgramme.setText(getTranslation("posters.print-programme"));
        programmePdf.setText(getTranslation("posters.programme-pdf"));
        allPostersPdf.setText(getTranslation("posters.all-pdf"));
        language.setLabel(getTranslation("posters.language"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.removeAllColumns();
        grid.addColumn(s -> time.format(s.startsAt().atZone(clock.getZone()))).setHeader(getTranslation("admin.programme.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Session::title).setHeader(getTranslation("admin.programme.session")).setFlexGrow(3);
        grid.addColumn(s -> s.room() == null ? "" : s.room()).setHeader(getTranslation("admin.programme.room"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("print.actions")).setAutoWidth(true);
        grid.setItems(sessions.programme(event.requireId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("posters.title");
    }

    private Div actions(Session session) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        for (Paper paper : List.of(Paper.A4, Paper.A3)) {
            String size = paper == Paper.A4 ? "A4" : "A3";
            Button print = new Button(getTranslation("posters.print", size), e -> print(session, paper));
            print.setId("poster-print-" + size.toLowerCase() + "-" + session.token());
            actions.add(print);
        }
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                posters.poster(session, Paper.A4, address.base())), "poster-" + session.token() + ".pdf", "application/pdf", -1)),
                getTranslation("print.pdf"));
        pdf.setId("poster-pdf-" + session.token());
        pdf.setTarget("_blank");
        pdf.addClassName("staff-link");
        actions.add(pdf);
        return actions;
    }

    /**
     * Prints at once while phones can open the QR codes' address; otherwise asks first, saying so. Asking, not
     * blocking: a stand set up before the venue network is there still prints a test poster or a programme to read,
     * and the panel above offers the fix in the same place; nobody prints codes that lead nowhere without knowing.
     */
    private void whenAddressServes(Runnable printing) {
        PublicAddress.Current now = address.current();
        if (now.reachable()) {
            printing.run();
            return;
        }
        new Confirmation(getTranslation("posters.address.title"), getTranslation("posters.address.text", now.address()),
                getTranslation("posters.address.print"), printing).notDestructive()
                .cancelLabel(getTranslation("posters.address.choose")).open();
    }

    private void print(Session session, Paper paper) {
        whenAddressServes(() -> printNow(session, paper));
    }

    private void printNow(Session session, Paper paper) {
        try {
            PrintJob job = posters.print(session, paper, address.base(), a4Printer);
            message.setText(getTranslation("posters.queued", session.title(), job.id()));
        } catch (PrintQueue.AlreadyPrintedException already) {
            new ReprintDialog(getTranslation("posters.reprint.text", session.title(),
                    getTranslation("print.state." + already.earlier().state().name())), () -> {
                        PrintJob job = queue.reprint(already.earlier().id());
                        message.setText(getTranslation("posters.queued", session.title(), job.id()));
                    }).open();
        }
    }

    private void printProgramme() {
        if (sessions.programme(event.requireId()).isEmpty()) {
            message.setText(getTranslation("programme.empty"));
            return;
        }
        whenAddressServes(this::printProgrammeNow);
    }

    private void printProgrammeNow() {
        List<Session> programme = sessions.programme(event.requireId());
        if (programme.isEmpty()) {
            message.setText(getTranslation("programme.empty"));
            return;
        }
        UI ui = UI.getCurrent();
        // The QR codes carry the address this page was opened with, read here: the drawing happens off this request.
        String base = address.base();
        Locale locale = programmeLocale;
        printProgramme.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(programme.size());
        progress.setValue(0);
        CompletableFuture.supplyAsync(() -> posters.printProgramme(programme, event.name(), locale, base,
                        done -> ui.access(() -> progress.setValue(done)), a4Printer))
                .whenComplete((job, failure) -> ui.access(() -> {
                    printProgramme.setEnabled(true);
                    progress.setVisible(false);
                    message.setText(failure == null ? getTranslation("posters.programme-queued", programme.size(), job.id())
                            : getTranslation("registrations.print-all.failed"));
                }));
    }
}
