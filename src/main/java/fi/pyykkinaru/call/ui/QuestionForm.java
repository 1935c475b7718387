package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.call.Question;
import fi.pyykkinaru.call.QuestionKind;
import fi.pyykkinaru.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One question as the organiser edits it: its label in each language, how it is answered, whether it must be, a
 * text's length limit and a choice's options. Each problem is shown at its field; the question leaves the form only
 * when it has none.
 */
class QuestionForm extends Div {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    final H4 heading = new H4();
    final Map<String, TextField> labels;
    final Select<QuestionKind> kind = new Select<>();
    final Checkbox required = new Checkbox();
    final IntegerField maxLength = new IntegerField();
    final Map<String, TextArea> options;
    final Button done = new Button();
    final Button cancel = new Button();
    private final List<String> languages;

    /** {@code languages}: the event's languages, whose labels must be written (Finnish always). */
    QuestionForm(List<String> languages) {
        this.languages = languages;
        setId("question-form");
        addClassName("call-setup-form");
        labels = fields("question-label-", "call.setup.question.label.");
        options = new java.util.LinkedHashMap<>();
        for (String language : LANGUAGES) {
            TextArea area = new TextArea(getTranslation("call.setup.question.options." + language));
            area.setId("question-options-" + language);
            area.setHelperText(getTranslation("call.setup.question.options.help"));
            area.addValueChangeListener(e -> area.setInvalid(false));
            options.put(language, area);
        }
        kind.setId("question-kind");
        kind.setLabel(getTranslation("call.setup.question.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("call.setup.question.kind." + k.name()));
        kind.addValueChangeListener(e -> {
            kind.setInvalid(false);
            showKindFields();
        });
        required.setId("question-required");
        required.setLabel(getTranslation("call.setup.question.required"));
        maxLength.setId("question-max-length");
        maxLength.setLabel(getTranslation("call.setup.question.max-length"));
        maxLength.setHelperText(getTranslation("call.setup.question.max-length.help", Question.LONG_TEXT_LIMIT));
        maxLength.setStepButtonsVisible(false);
        maxLength.addValueChangeListener(e -> maxLength.setInvalid(false));
        done.setId("question-done");
        done.setText(getTranslation("call.setup.question.done"));
        done.addClassName("primary");
        cancel.setId("question-cancel");
        cancel.setText(getTranslation("action.cancel"));
        Div buttons = new Div(cancel, done);
        buttons.addClassName("call-setup-buttons");
        add(heading);
        labels.values().forEach(this::add);
        add(kind, required, maxLength);
        options.values().forEach(this::add);
        add(buttons);
    }

    private Map<String, TextField> fields(String idPrefix, String labelPrefix) {
        Map<String, TextField> fields = new java.util.LinkedHashMap<>();
        for (String language : LANGUAGES) {
            TextField field = new TextField(getTranslation(labelPrefix + language));
            field.setId(idPrefix + language);
            field.setMaxLength(1000);
            field.setRequired(language.equals("fi") || languages.contains(language));
            field.addValueChangeListener(e -> field.setInvalid(false));
            fields.put(language, field);
        }
        return fields;
    }

    /** Shows a question (null: a new one) in the form. */
    void show(@Nullable Question question) {
        heading.setText(getTranslation(question == null ? "call.setup.question.new" : "call.setup.question.editing"));
        for (String language : LANGUAGES) {
            java.util.Objects.requireNonNull(labels.get(language)).setValue(question == null ? "" : own(question.label(), language));
            LocalizedText choices = question == null ? null : question.options();
            java.util.Objects.requireNonNull(options.get(language)).setValue(choices == null ? "" : own(choices, language));
        }
        kind.setValue(question == null ? QuestionKind.LONG_TEXT : question.kind());
        required.setValue(question != null && question.required());
        maxLength.setValue(question == null ? Integer.valueOf(3000) : question.maxLength());
        fields().forEach(f -> f.setInvalid(false));
        showKindFields();
    }

    /**
     * The question the form holds under {@code key}, or null after marking every problem at its field.
     * {@code contactTaken}: another question of the call already asks for the contact.
     */
    @Nullable Question question(String key, boolean contactTaken) {
        boolean ok = true;
        for (String language : LANGUAGES) {
            TextField label = java.util.Objects.requireNonNull(labels.get(language));
            if (label.isRequired() && label.getValue().isBlank()) {
                ok = fail(label, getTranslation("call.setup.error.label", languageName(language)));
            }
        }
        QuestionKind chosen = kind.getValue();
        if (chosen == QuestionKind.CONTACT && contactTaken) {
            ok = fail(kind, getTranslation("call.setup.error.contact"));
        }
        boolean text = chosen == QuestionKind.SHORT_TEXT || chosen == QuestionKind.LONG_TEXT;
        Integer limit = maxLength.getValue();
        if (text && limit != null && (limit < 1 || limit > Question.LONG_TEXT_LIMIT)) {
            ok = fail(maxLength, getTranslation("call.setup.error.max-length", Question.LONG_TEXT_LIMIT));
        }
        LocalizedText choices = null;
        if (chosen == QuestionKind.CHOICE) {
            if (java.util.Objects.requireNonNull(options.get("fi")).getValue().isBlank()) {
                ok = fail(java.util.Objects.requireNonNull(options.get("fi")), getTranslation("call.setup.error.options"));
            } else {
                choices = new LocalizedText(lines(java.util.Objects.requireNonNull(options.get("fi"))), lines(java.util.Objects.requireNonNull(options.get("sv"))), lines(java.util.Objects.requireNonNull(options.get("en"))));
            }
        }
        if (!ok) {
            return null;
        }
        return new Question(key, chosen, required.getValue() || chosen == QuestionKind.CONSENT, text ? limit : null,
                new LocalizedText(java.util.Objects.requireNonNull(labels.get("fi")).getValue().strip(), java.util.Objects.requireNonNull(labels.get("sv")).getValue().strip(),
                        java.util.Objects.requireNonNull(labels.get("en")).getValue().strip()), choices);
    }

    private void showKindFields() {
        QuestionKind chosen = kind.getValue();
        maxLength.setVisible(chosen == QuestionKind.SHORT_TEXT || chosen == QuestionKind.LONG_TEXT);
        options.values().forEach(area -> area.setVisible(chosen == QuestionKind.CHOICE));
        // A consent that may be left unticked would be no consent.
        required.setEnabled(chosen != QuestionKind.CONSENT);
    }

    private List<HasValidation> fields() {
        List<HasValidation> all = new ArrayList<>(labels.values());
        all.addAll(options.values());
        all.add(kind);
        all.add(maxLength);
        return all;
    }

    private String languageName(String language) {
        return Locale.of(language).getDisplayLanguage(getLocale());
    }

    private static boolean fail(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    private static String lines(TextArea area) {
        return String.join("\n", area.getValue().lines().map(String::strip).filter(Predicate.not(String::isEmpty))
                .toList());
    }

    /** The text as written in that language; a language that fell back to Finnish shows empty. */
    static String own(LocalizedText text, String language) {
        return switch (language) {
            case "sv" -> text.sv().equals(text.fi()) ? "" : text.sv();
            case "en" -> text.en().equals(text.fi()) ? "" : text.en();
            default -> text.fi();
        };
    }
}
