package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fi.pyykkinaru.notice.PrivacyNotice;

/**
 * The event's privacy notice over the visitor's screen, in the screen's language: large type, scrolled by touch,
 * closed with one big button or a tap outside. Nothing the visitor typed underneath is touched.
 */
class NoticeDialog extends Dialog {

    static final String ID = "privacy-notice-dialog";

    final Button close = new Button();

    NoticeDialog(PrivacyNotice notice, String closeLabel) {
        setId(ID);
        addClassName("notice-dialog");
        setHeaderTitle(notice.title());
        getElement().setAttribute("aria-label", notice.title());
        getElement().setAttribute("lang", notice.lang());
        setMaxWidth("min(52rem, 96vw)");
        setMaxHeight("90vh");
        Div body = new Div();
        body.addClassName("notice-body");
        if (!notice.eventName().isEmpty()) {
            Paragraph event = new Paragraph(notice.eventName());
            event.addClassName("notice-event");
            body.add(event);
        }
        for (PrivacyNotice.Section section : notice.sections()) {
            Div part = new Div(new H3(section.heading()));
            part.setId("notice-" + section.id());
            part.addClassName("notice-section");
            section.paragraphs().forEach(text -> part.add(new Paragraph(text)));
            body.add(part);
        }
        add(body);
        close.setId("privacy-notice-close");
        close.setText(closeLabel);
        close.addClassNames("big-button", "primary");
        close.addClickListener(e -> close());
        getFooter().add(close);
    }
}
