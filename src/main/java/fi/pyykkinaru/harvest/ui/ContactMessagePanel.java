package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import fi.pyykkinaru.harvest.ContactMessage;

/** The message for the reported party, read-only to copy, and a link that opens it in the mail client. */
class ContactMessagePanel extends Div {

    final TextArea message = new TextArea();
    final Anchor mail;

    ContactMessagePanel(ContactMessage contactMessage) {
        message.setId("report-message");
        message.setLabel(getTranslation("reports.message"));
        message.setValue(contactMessage.subject() + "\n\n" + contactMessage.body());
        message.setReadOnly(true);
        message.setWidthFull();
        mail = new Anchor(contactMessage.mailto(), getTranslation("reports.message.open"));
        mail.setId("report-mailto");
        mail.addClassName("staff-link");
        add(message, mail);
    }
}
