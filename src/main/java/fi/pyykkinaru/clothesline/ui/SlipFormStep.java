package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.PracticeSearch.Found;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.event.Theme;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The slip to fill in, on paper, with the ways out: cancel, or on to the preview. */
class SlipFormStep extends Div {

    final Button cancel = new Button();
    final Button preview = new Button();
    // Tests read the form here; the view asks form(), which a chosen line guarantees.
    @Nullable SlipForm form;

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
    void start(LineKind kind, boolean themed, List<Theme> themes, List<Region> regions,
            Consumer<Found> onAlreadyHere) {
        if (form != null) {
            remove(form);
        }
        form = new SlipForm(kind, themed, themes, regions, onAlreadyHere);
        addComponentAsFirst(form);
    }

    SlipForm form() {
        return Objects.requireNonNull(form, "a slip is started when its line is chosen");
    }

    void localize() {
        cancel.setText(getTranslation("action.cancel"));
        preview.setText(getTranslation("write.preview"));
        if (form != null) {
            form.localize();
        }
    }
}
