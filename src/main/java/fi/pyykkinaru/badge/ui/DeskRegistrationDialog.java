package fi.pyykkinaru.badge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.InvalidRegistrationException;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.printing.PrintJob;
import java.util.function.BiConsumer;

/** Staff register a visitor at the desk, and the badge goes to the printer as a visitor's own would. */
class DeskRegistrationDialog extends Dialog {

    final RegistrationForm form;
    private final Event event;
    private final Registrations registrations;
    private final BadgePrinting badges;
    private final BiConsumer<Registration, PrintJob> queued;

    DeskRegistrationDialog(Event event, Registrations registrations, BadgePrinting badges,
            BiConsumer<Registration, PrintJob> queued) {
        this.event = event;
        this.registrations = registrations;
        this.badges = badges;
        this.queued = queued;
        form = new RegistrationForm(getLocale(), event.regionList());
        setHeaderTitle(getTranslation("registrations.add"));
        Button save = new Button(getTranslation("register.submit"), e -> register());
        save.setId("registration-save");
        save.addClassName("primary");
        Button close = new Button(getTranslation("action.cancel"), e -> close());
        add(form);
        getFooter().add(close, save);
    }

    private void register() {
        try {
            Registration registration = registrations.register(event, form.draft(), RegistrationSource.STAFF);
            PrintJob job = badges.registered(registration, event);
            close();
            queued.accept(registration, job);
        } catch (InvalidRegistrationException invalid) {
            form.showProblems(invalid.problems());
        }
    }
}
