package fi.pyykkinaru.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A question staff answer before something that cannot be taken back (print again, remove an account): nothing
 * happens unless they confirm. Ids: {@code <id>-text}, {@code <id>-confirm}, {@code <id>-cancel}.
 */
public class Confirmation extends Dialog {

    public Confirmation(String id, String title, String question, String confirm, Runnable action) {
        setHeaderTitle(title);
        Paragraph text = new Paragraph(question);
        text.setId(id + "-text");
        Button yes = new Button(confirm, e -> {
            close();
            action.run();
        });
        yes.setId(id + "-confirm");
        yes.addClassName("primary");
        Button no = new Button(getTranslation("action.cancel"), e -> close());
        no.setId(id + "-cancel");
        add(text);
        getFooter().add(no, yes);
    }
}
