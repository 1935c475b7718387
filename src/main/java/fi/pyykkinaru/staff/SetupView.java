package fi.pyykkinaru.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/** The page a one-time setup link opens: the person chooses their own password, then logs in. */
@CssImport("./styles/pyykkinaru.css")
@Route(value = "setup/:token", autoLayout = false)
@AnonymousAllowed
class SetupView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    final H1 heading = new H1();
    final Paragraph intro = new Paragraph();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button submit = new Button();
    final Paragraph message = new Paragraph();
    final Anchor login = new Anchor("login", "");
    private final Div form;
    private final StaffAccounts accounts;
    private String token = "";
    private Optional<StaffAccounts.Pending> pending = Optional.empty();
    private boolean done;

    SetupView(StaffAccounts accounts) {
        this.accounts = accounts;
        setId("setup");
        addClassNames("staff", "setup-page");
        intro.setId("setup-intro");
        password.setId("setup-password");
        password.setMaxLength(StaffAccounts.MAX_PASSWORD * 2);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setId("setup-repeat");
        repeat.setMaxLength(StaffAccounts.MAX_PASSWORD * 2);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        submit.setId("setup-submit");
        submit.addClassNames("big-button", "primary");
        submit.addClickListener(e -> submit());
        message.setId("setup-message");
        message.getElement().setAttribute("role", "alert");
        login.setId("setup-login");
        login.addClassName("staff-link");
        login.setVisible(false);
        form = new Div(password, repeat, submit);
        form.addClassName("setup-form");
        Div card = new Div(heading, intro, form, message, login);
        card.addClassName("setup-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        pending = accounts.find(token);
        // The same view may be reused for another visit of a link: it starts over each time.
        done = false;
        login.setVisible(false);
        form.setVisible(pending.isPresent());
        showLinkState();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("setup.title"));
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("setup.password.help", StaffAccounts.MIN_PASSWORD));
        repeat.setLabel(getTranslation("setup.repeat"));
        submit.setText(getTranslation("setup.submit"));
        login.setText(getTranslation("setup.login"));
        if (!done) {
            showLinkState();
        }
    }

    private void showLinkState() {
        intro.setText(pending.map(p -> getTranslation("setup.intro", p.username())).orElse(""));
        message.setText(pending.isPresent() ? "" : getTranslation("setup.problem.link"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " – Pyykkinaru";
    }

    private void submit() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        try {
            String username = accounts.complete(token, password.getValue(), repeat.getValue());
            done = true;
            form.setVisible(false);
            intro.setText("");
            message.setText(getTranslation("setup.done", username));
            login.setVisible(true);
        } catch (AccountProblem problem) {
            // The typed passwords stay: a mismatch is mended by retyping one field, not both.
            PasswordField field = problem.key().equals("setup.problem.repeat") ? repeat : password;
            field.setErrorMessage(getTranslation(problem.key(), StaffAccounts.MIN_PASSWORD, StaffAccounts.MAX_PASSWORD));
            field.setInvalid(true);
            message.setText(getTranslation(problem.key(), StaffAccounts.MIN_PASSWORD, StaffAccounts.MAX_PASSWORD));
            if (problem.key().equals("setup.problem.link")) {
                form.setVisible(false);
            }
        }
    }
}
