package fi.pyykkinaru.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.pyykkinaru.kiosk.PublicAddress;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

/**
 * Which address the QR codes on posters, receipts and the programme carry, in plain words: whether phones can open
 * it, the server's own addresses found on its network interfaces as one-tap choices, and a field for another.
 * Organisers change it; other staff see it read-only. A view takes one by injection (a new one each time) or
 * builds its own with {@code new}; {@link #onChange(Runnable)} tells the page when the address changed.
 */
@SpringComponent
@Scope("prototype")
public class PhoneAddressPanel extends Section implements LocaleChangeObserver {

    public static final String ID = "phone-address";

    final H2 heading = new H2();
    final Paragraph current = new Paragraph();
    final Paragraph state = new Paragraph();
    final Div choices = new Div();
    final TextField other = new TextField();
    final Button use = new Button();
    final Button automatic = new Button();
    final Paragraph message = new Paragraph();
    final Paragraph readOnly = new Paragraph();
    private final PublicAddress address;
    private final boolean organiser;
    private final List<Runnable> listeners = new ArrayList<>();
    // The stored address as shown: a change names it, so that a second organiser's change is not lost silently.
    private @Nullable String seen;

    public PhoneAddressPanel(PublicAddress address, AuthenticationContext authentication) {
        this.address = address;
        this.organiser = authentication.hasRole("ORGANISER");
        setId(ID);
        addClassName("phone-address");
        heading.setId("phone-address-heading");
        current.setId("phone-address-current");
        current.addClassName("phone-address-current");
        state.setId("phone-address-state");
        state.addClassName("phone-address-state");
        choices.setId("phone-address-choices");
        choices.addClassName("phone-address-choices");
        other.setId("phone-address-other");
        other.addClassName("phone-address-other");
        other.setClearButtonVisible(true);
        other.getElement().setAttribute("autocomplete", "off");
        other.getElement().setAttribute("spellcheck", "false");
        other.getElement().setAttribute("inputmode", "url");
        other.addValueChangeListener(e -> other.setInvalid(false));
        use.setId("phone-address-use");
        use.addClassName("primary");
        use.addClickListener(e -> useTyped());
        automatic.setId("phone-address-automatic");
        automatic.addClickListener(e -> store(null));
        message.setId("phone-address-message");
        message.getElement().setAttribute("role", "status");
        readOnly.setId("phone-address-read-only");
        Div typed = new Div(other, use);
        typed.addClassName("phone-address-typed");
        add(heading, current, state, choices, typed, automatic, readOnly, message);
        typed.setVisible(organiser);
        readOnly.setVisible(!organiser);
    }

    /** Runs after this panel changed the address (to update a warning elsewhere on the page). */
    public PhoneAddressPanel onChange(Runnable listener) {
        listeners.add(listener);
        return this;
    }

    // Also called each time the panel is attached: it then shows the address as it is now.
    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("address.title"));
        other.setLabel(getTranslation("address.other"));
        other.setHelperText(getTranslation("address.other.help"));
        use.setText(getTranslation("address.use"));
        automatic.setText(getTranslation("address.automatic"));
        readOnly.setText(getTranslation("address.read-only"));
        refresh();
    }

    /** Shows the address as it is now (another organiser or another page may have changed it). */
    public void refresh() {
        PublicAddress.Current now = address.current();
        seen = address.stored().orElse(null);
        current.setText(getTranslation("address.current", now.address()));
        state.setText(getTranslation(now.reachable() ? "address.reachable" : "address.unreachable") + " "
                + getTranslation(switch (now.source()) {
                    case STORED -> "address.source.stored";
                    case CONFIGURED -> "address.source.configured";
                    case PAGE -> "address.source.page";
                    case NETWORK -> "address.source.network";
                    case NONE -> "address.source.none";
                }));
        state.getElement().setAttribute("data-reachable", String.valueOf(now.reachable()));
        getElement().getClassList().set("phone-address--unreachable", !now.reachable());
        showChoices(now);
        automatic.setVisible(organiser && seen != null);
    }

    private void showChoices(PublicAddress.Current now) {
        choices.removeAll();
        List<String> found = address.choices();
        Span label = new Span(getTranslation(found.isEmpty() ? "address.choices.none" : "address.choices"));
        label.addClassName("phone-address-choices-label");
        choices.add(label);
        for (int i = 0; i < found.size(); i++) {
            String choice = found.get(i);
            if (organiser) {
                Button pick = new Button(choice, e -> store(choice));
                pick.setId("phone-address-choice-" + i);
                pick.addClassName("phone-address-choice");
                pick.setEnabled(!choice.equals(now.address()));
                choices.add(pick);
            } else {
                Span shown = new Span(choice);
                shown.setId("phone-address-choice-" + i);
                shown.addClassName("phone-address-choice");
                choices.add(shown);
            }
        }
    }

    private void useTyped() {
        // Nothing typed is lost on an error: the field keeps it and says what is wrong next to it.
        String typed = other.getValue();
        address.problem(typed).ifPresentOrElse(problem -> {
            other.setErrorMessage(getTranslation(switch (problem) {
                case EMPTY -> "address.problem.empty";
                case SCHEME -> "address.problem.scheme";
                case HOST -> "address.problem.host";
                case PORT -> "address.problem.port";
                case PATH -> "address.problem.path";
                case UNREACHABLE -> "address.problem.unreachable";
            }));
            other.setInvalid(true);
        }, () -> {
            if (store(typed)) {
                other.clear();
            }
        });
    }

    private boolean store(@Nullable String next) {
        if (!organiser) {
            return false;
        }
        boolean changed = address.change(seen, next);
        refresh();
        message.setText(changed ? getTranslation("address.changed", address.current().address())
                : getTranslation("address.changed-meanwhile", address.current().address()));
        if (changed) {
            // The console's warning line goes (or comes) at once on the page this panel sits on.
            StaffLayout console = findAncestor(StaffLayout.class);
            if (console != null) {
                console.showAddress();
            }
            listeners.forEach(Runnable::run);
        }
        return changed;
    }
}
