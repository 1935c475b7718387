package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * A catalogue entry opened large on the wall. Made by Spring for each opening (the wall and its search both open
 * entries), so that it can reach the printer and the address phones use.
 */
@Component
@Scope("prototype")
public class CatalogueEntryDialog extends Dialog {

    /** Shows the entry and opens the dialog. */
    public void open(CatalogueEntry entry) {
        removeAll();
        add(new H2(entry.title()));
        open();
    }
}
