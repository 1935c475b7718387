package fi.pyykkinaru.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.evaluation.ClosingKind;
import fi.pyykkinaru.evaluation.ClosingQuestion;
import fi.pyykkinaru.evaluation.ClosingQuestions;
import fi.pyykkinaru.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/** Writing one closing question in the kiosk's three languages: new, or an edit of one already asked. */
class QuestionDialog extends Dialog {

    final Select<ClosingKind> kind = new Select<>();
    final TextField textFi = new TextField();
    final TextField textSv = new TextField();
    final TextField textEn = new TextField();
    final TextArea optionsFi = new TextArea();
    final TextArea optionsSv = new TextArea();
    final TextArea optionsEn = new TextArea();
    final Checkbox required = new Checkbox();
    final Button save = new Button();

    QuestionDialog(ClosingQuestions closing, long eventId, @Nullable ClosingQuestion editing, Runnable saved) {
        setId("closing-question-dialog");
        setHeaderTitle(getTranslation(editing == null ? "evaluation.closing.add" : "evaluation.closing.edit"));
        kind.setId("closing-kind");
        kind.setLabel(getTranslation("evaluation.closing.kind"));
        kind.setItems(ClosingKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("evaluation.closing.kind." + k.name()));
        kind.setValue(editing == null ? ClosingKind.SCALE : editing.kind());
        field(textFi, "closing-text-fi", "evaluation.closing.text.fi");
        field(textSv, "closing-text-sv", "evaluation.closing.text.sv");
        field(textEn, "closing-text-en", "evaluation.closing.text.en");
        for (TextArea options : new TextArea[] {optionsFi, optionsSv, optionsEn}) {
            options.setHelperText(getTranslation("evaluation.closing.options.help"));
            options.setWidthFull();
        }
        optionsFi.setId("closing-options-fi");
        optionsFi.setLabel(getTranslation("evaluation.closing.options.fi"));
        optionsSv.setId("closing-options-sv");
        optionsSv.setLabel(getTranslation("evaluation.closing.options.sv"));
        optionsEn.setId("closing-options-en");
        optionsEn.setLabel(getTranslation("evaluation.closing.options.en"));
        required.setId("closing-required");
        required.setLabel(getTranslation("evaluation.closing.required.label"));
        if (editing != null) {
            textFi.setValue(editing.text().fi());
            textSv.setValue(editing.text().sv());
            textEn.setValue(editing.text().en());
            if (editing.options() != null) {
                optionsFi.setValue(editing.options().fi());
                optionsSv.setValue(editing.options().sv());
                optionsEn.setValue(editing.options().en());
            }
            required.setValue(editing.required());
        }
        Runnable showOptions = () -> {
            boolean choice = kind.getValue() == ClosingKind.CHOICE;
            optionsFi.setVisible(choice);
            optionsSv.setVisible(choice);
            optionsEn.setVisible(choice);
        };
        kind.addValueChangeListener(e -> showOptions.run());
        showOptions.run();
        save.setId("closing-save");
        save.setText(getTranslation("evaluation.save"));
        save.addClassName("primary");
        save.addClickListener(e -> {
            if (textFi.getValue().isBlank()) {
                textFi.setInvalid(true);
                textFi.setErrorMessage(getTranslation("evaluation.closing.text.missing"));
                return;
            }
            ClosingKind chosen = kind.getValue() == null ? ClosingKind.SCALE : kind.getValue();
            LocalizedText text = new LocalizedText(textFi.getValue().strip(), textSv.getValue(), textEn.getValue());
            LocalizedText options = chosen == ClosingKind.CHOICE && !optionsFi.getValue().isBlank()
                    ? new LocalizedText(optionsFi.getValue(), optionsSv.getValue(), optionsEn.getValue()) : null;
            try {
                if (editing == null) {
                    closing.add(eventId, chosen, text, options, required.getValue());
                } else {
                    closing.edit(editing.requireId(), editing.version(), chosen, text, options, required.getValue());
                }
            } catch (IllegalArgumentException | IllegalStateException refused) {
                optionsFi.setInvalid(true);
                optionsFi.setErrorMessage(getTranslation(refused instanceof IllegalStateException
                        ? "evaluation.closing.has-answers" : "evaluation.closing.options.invalid"));
                optionsFi.setVisible(true);
                return;
            }
            close();
            saved.run();
        });
        Button cancel = new Button(getTranslation("evaluation.cancel"), e -> close());
        cancel.setId("closing-cancel");
        add(kind, textFi, textSv, textEn, optionsFi, optionsSv, optionsEn, required);
        getFooter().add(cancel, save);
        setWidth("min(44rem, 96vw)");
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(ClosingQuestion.TEXT_MAX);
        field.setWidthFull();
    }
}
