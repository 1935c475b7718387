package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.pyykkinaru.clothesline.SlipDraft;
import java.util.Objects;

/** The slip as it will hang, to edit or to peg; a save that failed is said here, and the slip stays to peg again. */
class SlipPreviewStep extends Div {

    final Paragraph hint = new Paragraph();
    final Div slot = new Div();
    final Paragraph body = new Paragraph();
    final Paragraph saveError = new Paragraph();
    final Button edit = new Button();
    final Button peg = new Button();

    SlipPreviewStep() {
        addClassName("report-step");
        hint.addClassName("report-hint");
        slot.addClassName("preview-slot");
        body.addClassName("preview-body");
        saveError.setId("slip-save-error");
        saveError.addClassName("error-banner");
        saveError.getElement().setAttribute("role", "alert");
        saveError.setVisible(false);
        edit.setId("slip-edit");
        edit.addClassName("big-button");
        peg.setId("slip-pin");
        peg.addClassNames("big-button", "primary");
        peg.setDisableOnClick(true);
        Div actions = new Div(edit, peg);
        actions.addClassName("actions");
        add(hint, slot, body, saveError, actions);
    }

    /** A draft that passed the slip rules, so its title is there. */
    void show(SlipDraft draft) {
        SlipCard card = new SlipCard(0);
        card.addClassName("slip--large");
        card.show(Objects.requireNonNullElse(draft.title(), ""), draft.region());
        slot.removeAll();
        slot.add(card);
        body.setText(Objects.requireNonNullElse(draft.body(), ""));
        saveError.setVisible(false);
        peg.setEnabled(true);
    }

    void saveFailed() {
        saveError.setVisible(true);
        peg.setEnabled(true);
    }

    void localize() {
        hint.setText(getTranslation("write.preview.hint"));
        edit.setText(getTranslation("write.edit"));
        peg.setText(getTranslation("write.peg"));
        saveError.setText(getTranslation("write.save-failed"));
    }
}
