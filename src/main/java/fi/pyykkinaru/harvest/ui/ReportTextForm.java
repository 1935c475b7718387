package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.harvest.Report;
import java.util.Objects;

/** A report's own text and contact, to mend and save, and the button that hides it or brings it back. */
class ReportTextForm extends Div {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final TextField organisation = new TextField();
    final TextField contact = new TextField();
    final Select<String> language = new Select<>();
    final Button save = new Button();
    final Button hide = new Button();

    ReportTextForm(Report report) {
        addClassName("report-form");
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
        save.setText(getTranslation("reports.save"));
        save.setId("report-save");
        hide.setText(report.hidden() ? getTranslation("reports.unhide") : getTranslation("reports.hide"));
        hide.setId("report-hide");
        add(title, body, organisation, contact, language, new Div(save, hide));
    }
}
