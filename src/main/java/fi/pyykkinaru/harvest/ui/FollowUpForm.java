package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.TeamMember;
import java.util.List;
import java.util.Objects;

/**
 * Who follows a report up, and the step to move it to with what that step needs: the text received, the
 * publishing date, the publication's address, or the reason to decline.
 */
class FollowUpForm extends Div {

    final Select<TeamMember> assignee = new Select<>();
    final Select<ReportStatus> step = new Select<>();
    final TextArea receivedText = new TextArea();
    final DatePicker date = new DatePicker();
    final TextField url = new TextField();
    final TextField reason = new TextField();
    final Paragraph problem = new Paragraph();
    final Button move = new Button();

    FollowUpForm(Report report, List<TeamMember> team) {
        addClassName("report-form");
        assignee.setId("report-assignee");
        assignee.setLabel(getTranslation("reports.assignee"));
        assignee.setItems(team);
        assignee.setItemLabelGenerator(m -> m == null ? getTranslation("harvest.none") : m.name());
        team.stream().filter(m -> Objects.equals(m.id(), report.assigneeId())).findFirst().ifPresent(assignee::setValue);

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
        move.setText(getTranslation("reports.move"));
        move.setId("report-move");
        move.addClassName("primary");
        problem.setId("report-problem");
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");
        add(new H3(getTranslation("reports.move")), assignee, step, receivedText, date, url, reason, problem, move);
    }
}
