package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.ContactMessage;
import fi.pyykkinaru.harvest.InvalidFollowUpException;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.harvest.TeamMember;
import fi.pyykkinaru.i18n.Translations;
import java.util.List;
import java.util.Objects;

/**
 * One report opened: mend its text, hide it, hand it to a team member, move it to the next step with what that
 * step needs, and the message for the reported party ready to copy or open in the mail client.
 */
class ReportDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final TextField organisation = new TextField();
    final TextField contact = new TextField();
    final Select<String> language = new Select<>();
    final Select<TeamMember> assignee = new Select<>();
    final Select<ReportStatus> step = new Select<>();
    final TextArea receivedText = new TextArea();
    final DatePicker date = new DatePicker();
    final TextField url = new TextField();
    final TextField reason = new TextField();
    final Paragraph problem = new Paragraph();
    final TextArea message = new TextArea();
    private final Reports reports;
    private final Runnable changed;
    private Report report;

    ReportDialog(Report report, Event event, Reports reports, Translations translations, Runnable changed) {
        this.report = report;
        this.reports = reports;
        this.changed = changed;
        setId("report-dialog");
        setHeaderTitle(getTranslation("reports.title") + " #" + report.id());
        setWidth("min(960px, 96vw)");
        title.setId("report-title");
        title.setLabel(getTranslation("reports.title"));
        title.setValue(report.title());
        title.setWidthFull();
        body.setLabel(getTranslation("reports.body"));
        body.setValue(Objects.requireNonNullElse(report.body(), ""));
        body.setWidthFull();
        organisation.setLabel(getTranslation("reports.organisation"));
        organisation.setValue(Objects.requireNonNullElse(report.organisation(), ""));
        contact.setLabel(getTranslation("reports.contact"));
        contact.setValue(Objects.requireNonNullElse(report.contact(), ""));
        language.setLabel(getTranslation("reports.language"));
        language.setItems("fi", "sv", "en");
        language.setValue(report.contactLanguage());
        Button save = new Button(getTranslation("reports.save"), e -> save());
        save.setId("report-save");
        Button hide = new Button(getTranslation(report.hidden() ? "reports.unhide" : "reports.hide"), e -> {
            this.report = reports.hide(report.requireId(), !report.hidden());
            changed.run();
            close();
        });
        hide.setId("report-hide");

        List<TeamMember> team = reports.team(event.id());
        assignee.setId("report-assignee");
        assignee.setLabel(getTranslation("reports.assignee"));
        assignee.setItems(team);
        assignee.setItemLabelGenerator(m -> m == null ? getTranslation("harvest.none") : m.name());
        team.stream().filter(m -> Objects.equals(m.id(), report.assigneeId())).findFirst().ifPresent(assignee::setValue);
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                this.report = reports.assign(report.requireId(), e.getValue().requireId());
                changed.run();
            }
        });

        step.setId("report-step");
        step.setLabel(getTranslation("reports.move"));
        step.setItems(ReportStatus.values());
        step.setItemLabelGenerator(s -> s == null ? "" : getTranslation("report.status." + s.name()));
        step.setValue(report.status());
        receivedText.setId("report-received-text");
        receivedText.setLabel(getTranslation("reports.text"));
        receivedText.setValue(Objects.requireNonNullElse(report.receivedText(), ""));
        receivedText.setWidthFull();
        date.setId("report-date");
        date.setLabel(getTranslation("reports.date"));
        date.setValue(report.scheduledFor());
        url.setId("report-url");
        url.setLabel(getTranslation("reports.url"));
        url.setValue(Objects.requireNonNullElse(report.publishedUrl(), ""));
        reason.setId("report-reason");
        reason.setLabel(getTranslation("reports.reason"));
        reason.setValue(Objects.requireNonNullElse(report.declinedReason(), ""));
        Button move = new Button(getTranslation("reports.move"), e -> move());
        move.setId("report-move");
        move.addClassName("primary");
        problem.setId("report-problem");
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");

        ContactMessage contactMessage = ContactMessage.of(report, event.name(), translations);
        message.setId("report-message");
        message.setLabel(getTranslation("reports.message"));
        message.setValue(contactMessage.subject() + "\n\n" + contactMessage.body());
        message.setReadOnly(true);
        message.setWidthFull();
        Anchor mail = new Anchor(contactMessage.mailto(), getTranslation("reports.message.open"));
        mail.setId("report-mailto");
        mail.addClassName("staff-link");

        Div text = new Div(title, body, organisation, contact, language, new Div(save, hide));
        text.addClassName("report-form");
        Div followUp = new Div(new H3(getTranslation("reports.move")), assignee, step, receivedText, date, url, reason,
                problem, move);
        followUp.addClassName("report-form");
        add(text, followUp, new Div(message, mail));
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("report-close");
        getFooter().add(close);
    }

    private void save() {
        try {
            report = reports.edit(report.requireId(), title.getValue(), body.getValue(), organisation.getValue(),
                    contact.getValue(), language.getValue());
            problem.setText(getTranslation("reports.saved"));
            changed.run();
        } catch (InvalidFollowUpException invalid) {
            problem.setText(getTranslation(invalid.messageKey()));
        }
    }

    private void move() {
        try {
            report = reports.move(report.requireId(), step.getValue(), receivedText.getValue(), date.getValue(),
                    url.getValue(), reason.getValue());
            changed.run();
            close();
        } catch (InvalidFollowUpException invalid) {
            problem.setText(getTranslation(invalid.messageKey()));
        }
    }
}
