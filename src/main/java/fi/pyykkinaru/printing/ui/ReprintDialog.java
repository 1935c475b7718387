package fi.pyykkinaru.printing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Printed already – print again?": the one question staff answer before anything is printed a second time
 * (badges, posters). Nothing is printed unless they confirm.
 */
public class ReprintDialog extends Dialog {

    public ReprintDialog(String question, Runnable reprint) {
        setHeaderTitle(getTranslation("registrations.reprint.title"));
        Paragraph text = new Paragraph(question);
        text.setId("reprint-text");
        Button yes = new Button(getTranslation("print.reprint"), e -> {
            reprint.run();
            close();
        });
        yes.setId("reprint-confirm");
        yes.addClassName("primary");
        Button no = new Button(getTranslation("action.cancel"), e -> close());
        no.setId("reprint-cancel");
        add(text);
        getFooter().add(no, yes);
    }
}
