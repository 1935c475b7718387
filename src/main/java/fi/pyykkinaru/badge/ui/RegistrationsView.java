package fi.pyykkinaru.badge.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.PreRegistrationImport;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.base.ui.StaffLayout;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.NeedsEvent;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.live.Subscribers;
import fi.pyykkinaru.printing.PrintBroadcaster;
import fi.pyykkinaru.printing.PrintJob;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;

/**
 * Staff find and register visitors, import the pre-registration list, and print badges: one at a time (a badge
 * printed already says so, and printing it again is an explicit reprint) or all on A4 sheets with progress.
 */
@Route(value = "staff/registrations", layout = StaffLayout.class)
@RolesAllowed("STAFF")
class RegistrationsView extends Div implements LocaleChangeObserver, HasDynamicTitle, NeedsEvent {

    final H1 heading = new H1();
    final TextField search = new TextField();
    final Button add = new Button();
    final Anchor allPdf;
    final PrintAllButton printAll;
    final PreRegistrationUpload preRegistrations;
    final Paragraph message = new Paragraph();
    final RegistrationsGrid grid;
    private final Event event;
    private final Registrations registrations;
    private final BadgePrinting badges;
    private final PrintBroadcaster broadcaster;
    private Subscribers.Subscription subscription = () -> { };

    RegistrationsView(ThisStand stand, Registrations registrations, PreRegistrationImport preRegistration,
            BadgePrinting badges, PrintBroadcaster broadcaster, Clock clock) {
        this.event = stand.event();
        this.registrations = registrations;
        this.badges = badges;
        this.broadcaster = broadcaster;
        setId("registrations");
        addClassName("staff");

        search.setId("registrations-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setClearButtonVisible(true);
        add.setId("registrations-add");
        add.addClassNames("big-button", "primary");
        add.addClickListener(e -> openRegistration());
        printAll = new PrintAllButton(event, registrations, badges, message::setText);
        allPdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                badges.sheetsPdf(registrations.all(event), event)), "badges.pdf", "application/pdf", -1)), "");
        allPdf.setId("registrations-all-pdf");
        allPdf.addClassName("staff-link");
        allPdf.setTarget("_blank");
        preRegistrations = new PreRegistrationUpload(event, preRegistration, message::setText, this::refresh);
        message.setId("registrations-message");
        message.getElement().setAttribute("role", "status");
        grid = new RegistrationsGrid(event, badges, clock, this::shown, this::queued);
        Div top = new Div(heading, add);
        top.addClassName("staff-top");
        Div tools = new Div(search, allPdf, printAll, printAll.progress);
        tools.addClassName("staff-tools");
        add(top, tools, preRegistrations.help, preRegistrations.upload, message, grid);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("registrations.title"));
        search.setLabel(getTranslation("registrations.search"));
        add.setText(getTranslation("registrations.add"));
        printAll.localize();
        allPdf.setText(getTranslation("registrations.all-pdf"));
        preRegistrations.localize();
        grid.localize();
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

    private void refresh() {
        grid.refresh();
    }

    private List<Registration> shown() {
        String text = search.getValue();
        return text.isBlank() ? registrations.all(event) : registrations.find(event, text);
    }

    private void queued(Registration registration, PrintJob job) {
        message.setText(getTranslation("registrations.queued", registration.name(), job.id()));
        refresh();
    }

    private void openRegistration() {
        new DeskRegistrationDialog(event, registrations, badges, this::queued).open();
    }
}
