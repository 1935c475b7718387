package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.WallSlip;
import fi.pyykkinaru.event.Theme;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A slip read large, after a tap on the wall. */
class SlipDialog extends Dialog {

    final SlipDetail detail;
    final Button close = new Button();

    SlipDialog(WallSlip slip, List<Theme> themes, ZoneId zone) {
        setId("slip-dialog");
        addClassName("slip-dialog");
        getElement().setAttribute("aria-label", slip.title());
        close.setText(getTranslation("action.close"));
        close.setId("slip-dialog-close");
        close.addClassName("big-button");
        close.addClickListener(e -> close());
        // The dialog element itself stays out of sight in the overlay; its content is what is shown and found.
        detail = new SlipDetail(slip, themes, zone);
        add(detail);
        getFooter().add(close);
    }
}
