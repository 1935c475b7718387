package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.event.Theme;
import java.util.List;

/** The slip to fill in, on paper, with the ways out: cancel, or on to the preview. */
class SlipFormStep extends Div {

    final Button cancel = new Button();
    final Button preview = new Button();
    SlipForm form;

    SlipFormStep() {
        addClassNames("report-step", "slip-paper");
        cancel.setId("slip-cancel");
        cancel.addClassName("big-button");
        preview.setId("slip-preview");
        preview.addClassNames("big-button", "primary");
        Div actions = new Div(cancel, preview);
        actions.addClassName("actions");
        add(actions);
    }

    /** A blank slip of the line's kind in place of the one before. */
    void start(LineKind kind, List<Theme> themes) {
        if (form != null) {
            remove(form);
        }
        form = new SlipForm(kind, themes);
        addComponentAsFirst(form);
    }

    void localize() {
        cancel.setText(getTranslation("action.cancel"));
        preview.setText(getTranslation("write.preview"));
        form.localize();
    }
}
