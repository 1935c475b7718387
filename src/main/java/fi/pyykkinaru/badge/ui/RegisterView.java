package fi.pyykkinaru.badge.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.InvalidRegistrationException;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.KioskLayout;
import fi.pyykkinaru.kiosk.StandOnScreen;
import fi.pyykkinaru.kiosk.TakesInput;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.kiosk.Visitor;
import fi.pyykkinaru.live.Subscribers;
import fi.pyykkinaru.printing.PrintBroadcaster;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.printing.PrinterStatus;
import fi.pyykkinaru.printing.Printers;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A visitor registers at the kiosk and gets a badge: the form, then a welcome with the badge code and where the
 * badge will be, which follows the print job live. The visitor never waits for a printer: a badge that cannot
 * print now is promised at the desk.
 */
@Route(value = "register", layout = KioskLayout.class)
@AnonymousAllowed
class RegisterView extends Div implements LocaleChangeObserver, HasDynamicTitle, TakesInput {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterView.class);

    final H1 heading = new H1();
    final Paragraph intro = new Paragraph();
    final RegistrationForm fields;
    final Button submit = new Button();
    final Button cancel = new Button();
    final Div form = new Div();
    final Div thanks = new Div();
    final H1 welcome = new H1();
    final Paragraph codeLine = new Paragraph();
    final Paragraph badgeStatus = new Paragraph();
    final Button done = new Button();
    private final Event event;
    private final Registrations registrations;
    private final BadgePrinting badges;
    private final PrintQueue queue;
    private final Printers printers;
    private final PrintBroadcaster broadcaster;
    private final boolean autoPrint;
    /** This stand's own badge printer (null: the settings file's). */
    private final @Nullable String badgePrinter;
    private @Nullable Registration registered;
    private @Nullable PrintJob job;
    private @Nullable UI ui;
    private Subscribers.Subscription subscription = () -> { };

    RegisterView(ThisStand stand, Registrations registrations, BadgePrinting badges, PrintQueue queue, Printers printers,
            PrintBroadcaster broadcaster) {
        StandOnScreen onScreen = stand.current();
        this.event = onScreen.event();
        this.autoPrint = onScreen.autoPrintBadges();
        this.badgePrinter = stand.printer("badge").orElse(null);
        this.registrations = registrations;
        this.badges = badges;
        this.queue = queue;
        this.printers = printers;
        this.broadcaster = broadcaster;
        setId("register");
        addClassName("register");
        fields = new RegistrationForm(UI.getCurrent() == null ? Locale.of("fi") : UI.getCurrent().getLocale(),
                event.regionList());

        submit.setId("register-submit");
        submit.addClassNames("big-button", "primary");
        submit.addClickListener(e -> submit());
        cancel.setId("register-cancel");
        cancel.addClassName("big-button");
        cancel.addClickListener(e -> UI.getCurrent().navigate(""));
        Div buttons = new Div(cancel, submit);
        buttons.addClassName("form-buttons");
        form.add(heading, intro, fields, buttons);
        form.addClassName("register-form");

        thanks.setId("register-thanks");
        thanks.addClassName("register-thanks");
        codeLine.setId("register-code");
        badgeStatus.setId("register-badge-status");
        badgeStatus.getElement().setAttribute("role", "status");
        done.setId("register-done");
        done.addClassNames("big-button", "primary");
        // The badge code is this visitor's: the next person at the stand must not vote with it.
        done.addClickListener(e -> KioskLayout.endVisit(this, QueryParameters.empty()));
        thanks.add(welcome, codeLine, badgeStatus, done);
        thanks.setVisible(false);
        add(form, thanks);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("register.title"));
        intro.setText(getTranslation("register.intro"));
        submit.setText(getTranslation("register.submit"));
        cancel.setText(getTranslation("action.cancel"));
        done.setText(getTranslation("register.done"));
        showThanks();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ui = attach.getUI();
        follow();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        subscription.cancel();
        ui = null;
    }

    private void submit() {
        fields.clearProblems();
        Registration visitor;
        try {
            visitor = registrations.register(event, fields.draft(), RegistrationSource.KIOSK);
        } catch (InvalidRegistrationException invalid) {
            fields.showProblems(invalid.problems());
            return;
        }
        registered = visitor;
        // From now on this visitor's votes at the stand are the badge's: marked with the secret printed in its QR.
        Visitor.badge(visitor.badgeCode(), badges.votingSecret(visitor));
        try {
            job = badges.registered(visitor, event, autoPrint, badgePrinter);
        } catch (RuntimeException e) {
            // The registration stands; the desk prints the badge from the staff console.
            LOG.warn("Badge of registration {} was not queued", visitor.id(), e);
            job = null;
        }
        form.setVisible(false);
        thanks.setVisible(true);
        showThanks();
        // The form and its button are gone: the focus goes to the welcome, not back to the page's top.
        welcome.getElement().setAttribute("tabindex", "-1");
        welcome.getElement().executeJs("requestAnimationFrame(() => this.focus({ preventScroll: true }))");
        follow();
        KioskLayout.thankThenEndVisit(this, QueryParameters.empty());
    }

    private void follow() {
        subscription.cancel();
        UI current = ui;
        PrintJob followed = job;
        if (current != null && followed != null) {
            subscription = broadcaster.subscribeJob(followed.id(), () -> current.access(() -> {
                job = queue.job(followed.id());
                showThanks();
            }));
        }
    }

    private void showThanks() {
        Registration visitor = registered;
        if (visitor == null) {
            return;
        }
        welcome.setText(getTranslation("register.welcome", visitor.name()));
        codeLine.setText(getTranslation("register.code", BadgeCodes.display(visitor.badgeCode())));
        badgeStatus.setText(getTranslation(statusKey()));
    }

    private String statusKey() {
        PrintJob current = job;
        if (current == null) {
            return "register.badge.desk";
        }
        PrinterStatus printer = printers.status(current);
        boolean flowing = printer.ready() && current.lastError() == null;
        return switch (current.state()) {
            case DONE -> "register.badge.done";
            case HELD -> "register.badge.staff";
            case FAILED, CANCELLED -> "register.badge.desk";
            case QUEUED, SENT, PRINTING -> flowing ? "register.badge.printing" : "register.badge.desk";
        };
    }
}
