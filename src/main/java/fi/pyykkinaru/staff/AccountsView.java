package fi.pyykkinaru.staff;

import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.base.ui.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.printing.QrCodes;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Organisers add staff and organisers: they name the account and its role, and hand the person a one-time
 * link (on screen as text and QR code) with which the person chooses their own password. A forgotten password
 * gets a new link; accounts can be removed, never one's own or the last organiser's.
 */
@Route(value = "staff/accounts", layout = StaffLayout.class)
@RolesAllowed("ORGANISER")
class AccountsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    final H1 heading = new H1();
    final TextField username = new TextField();
    final Checkbox organiser = new Checkbox();
    final Checkbox reviewer = new Checkbox();
    final Button invite = new Button();
    final Paragraph message = new Paragraph();
    final Div linkBox = new Div();
    final Span link = new Span();
    final Image qr = new Image();
    final Grid<StaffAccounts.Row> grid = new Grid<>();
    private final H2 linkHeading = new H2();
    private final StaffAccounts accounts;
    private final PublicAddress address;
    private final QrCodes qrCodes;
    private final String me;
    private final Clock clock;

    AccountsView(StaffAccounts accounts, PublicAddress address, QrCodes qrCodes, AuthenticationContext authentication,
            Clock clock) {
        this.accounts = accounts;
        this.address = address;
        this.qrCodes = qrCodes;
        this.clock = clock;
        this.me = authentication.getPrincipalName().orElse("");
        setId("accounts");
        addClassName("staff");
        username.setId("account-username");
        username.setMaxLength(80);
        username.setRequired(true);
        username.addValueChangeListener(e -> username.setInvalid(false));
        organiser.setId("account-organiser");
        reviewer.setId("account-reviewer");
        invite.setId("account-invite");
        invite.addClassNames("big-button", "primary");
        invite.addClickListener(e -> invite());
        Div tools = new Div(username, organiser, reviewer, invite);
        tools.addClassName("staff-tools");
        message.setId("accounts-message");
        message.getElement().setAttribute("role", "status");
        link.setId("account-link");
        link.addClassName("setup-link");
        qr.setId("account-link-qr");
        qr.addClassName("setup-qr");
        linkBox.addClassName("setup-link-box");
        linkBox.add(linkHeading, link, qr);
        linkBox.setVisible(false);
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(heading, tools, message, linkBox, grid);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("accounts.title"));
        username.setLabel(getTranslation("accounts.username"));
        username.setHelperText(getTranslation("accounts.username.help"));
        organiser.setLabel(getTranslation("accounts.organiser"));
        reviewer.setLabel(getTranslation("accounts.reviewer"));
        reviewer.setHelperText(getTranslation("accounts.reviewer.help"));
        invite.setText(getTranslation("accounts.invite"));
        linkHeading.setText(getTranslation("accounts.link.title"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.removeAllColumns();
        grid.addColumn(StaffAccounts.Row::username).setHeader(getTranslation("accounts.username")).setFlexGrow(2);
        grid.addColumn(this::roleWords).setHeader(getTranslation("accounts.role"));
        grid.addColumn(r -> r.active() ? getTranslation("accounts.state.active")
                : getTranslation("accounts.state.waiting", time.format(r.linkExpires().orElseThrow().atZone(clock.getZone()))))
                .setHeader(getTranslation("accounts.state")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("print.actions")).setAutoWidth(true);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }

    private String roleWords(StaffAccounts.Row row) {
        List<String> words = new ArrayList<>();
        if (row.organiser()) {
            words.add(getTranslation("accounts.role.organiser"));
        } else if (row.roles().contains(Role.STAFF)) {
            words.add(getTranslation("accounts.role.staff"));
        }
        if (row.reviewer()) {
            words.add(getTranslation("accounts.role.reviewer"));
        }
        return String.join(", ", words);
    }

    private Div actions(StaffAccounts.Row row) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (row.active()) {
            Checkbox reviews = new Checkbox(getTranslation("accounts.reviewer"), row.reviewer());
            reviews.setId("account-reviewer-" + row.username());
            reviews.addValueChangeListener(e -> setReviewer(row.username(), e.getValue()));
            actions.add(reviews);
        }
        if (row.active()) {
            Button reset = new Button(getTranslation("accounts.reset"), e -> show(accounts.reset(row.username()), "accounts.reset.done"));
            reset.setId("account-reset-" + row.username());
            actions.add(reset);
        }
        if (!row.username().equals(me)) {
            Button remove = new Button(getTranslation("accounts.remove"), e -> confirmRemove(row.username()));
            remove.setId("account-remove-" + row.username());
            remove.addClassName("danger-outline");
            actions.add(remove);
        }
        return actions;
    }

    private void invite() {
        try {
            StaffAccounts.Link made = accounts.invite(username.getValue(), organiser.getValue(), reviewer.getValue());
            username.clear();
            organiser.clear();
            reviewer.clear();
            show(made, "accounts.invite.done");
        } catch (AccountProblem problem) {
            // What was typed stays, so it can be mended.
            username.setErrorMessage(getTranslation(problem.key()));
            username.setInvalid(true);
            message.setText(getTranslation(problem.key()));
        }
    }

    private void show(StaffAccounts.Link made, String doneKey) {
        String url = address.base() + "/" + made.path();
        link.setText(url);
        qr.setSrc("data:image/png;base64," + Base64.getEncoder().encodeToString(qrCodes.png(url, 360)));
        qr.setAlt(getTranslation("accounts.link.qr", made.username()));
        linkBox.setVisible(true);
        message.setText(getTranslation(doneKey, made.username(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                        .format(made.expires().atZone(clock.getZone()))));
        refresh();
    }

    private void setReviewer(String name, boolean reviews) {
        try {
            accounts.setReviewer(name, reviews);
            message.setText(getTranslation(reviews ? "accounts.reviewer.set" : "accounts.reviewer.unset", name));
        } catch (AccountProblem problem) {
            message.setText(getTranslation(problem.key()));
        }
        refresh();
    }

    private void confirmRemove(String name) {
        // A removed account is gone with its password: the person needs a new invitation.
        new Confirmation(getTranslation("accounts.remove.title"), getTranslation("accounts.remove.text", name),
                getTranslation("accounts.remove"), () -> remove(name)).irreversible().open();
    }

    private void remove(String name) {
        try {
            accounts.remove(name, me);
            message.setText(getTranslation("accounts.remove.done", name));
            linkBox.setVisible(false);
        } catch (AccountProblem problem) {
            message.setText(getTranslation(problem.key()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.accounts());
    }
}
