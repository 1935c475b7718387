package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.i18n.LocalizedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A call's texts, one page per language chosen above them: its intro, its terms, and the messages sent with a choice
 * and a decline. Each is optional, but one written in Swedish or English needs its Finnish text too (the default
 * language). The language is a radio group, not tabs: tabs wrap their items in a scroller that assistive technology
 * does not expect in a tab list (axe aria-required-children), and a radio button is as large to touch.
 */
class CallSetupTexts extends Div {

    static final List<String> TEXTS = List.of("intro", "terms", "chosen", "declined");
    static final int MAX_TEXT = 8000;

    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    /** Text name → language → its field. */
    final Map<String, Map<String, TextArea>> fields = new LinkedHashMap<>();
    private final Map<String, Div> pages = new LinkedHashMap<>();

    CallSetupTexts(Call call) {
        setId("call-texts");
        addClassName("call-setup-section");
        this.language.setId("call-texts-language");
        this.language.setItems(QuestionForm.LANGUAGES);
        this.language.setItemLabelGenerator(l -> Locale.of(l).getDisplayLanguage(getLocale()));
        this.language.setValue("fi");
        for (String language : QuestionForm.LANGUAGES) {
            Div page = new Div();
            page.setId("call-texts-" + language);
            page.addClassName("call-setup-texts");
            for (String text : TEXTS) {
                TextArea area = new TextArea(getTranslation("call.setup." + text));
                area.setId("call-" + text + "-" + language);
                area.setMaxLength(MAX_TEXT);
                LocalizedText value = value(call, text);
                area.setValue(value == null ? "" : QuestionForm.own(value, language));
                area.addValueChangeListener(e -> area.setInvalid(false));
                fields.computeIfAbsent(text, t -> new LinkedHashMap<>()).put(language, area);
                page.add(area);
            }
            page.setVisible(language.equals("fi"));
            pages.put(language, page);
        }
        this.language.addValueChangeListener(e -> pages.forEach((shown, page) -> page.setVisible(shown.equals(e.getValue()))));
        H3 heading = new H3(getTranslation("call.setup.texts"));
        heading.setId("call-texts-heading");
        this.language.setAriaLabelledBy("call-texts-heading");
        add(heading, this.language);
        pages.values().forEach(this::add);
    }

    /** The text as typed (null when blank in every language), or null after marking a missing Finnish text. */
    @Nullable LocalizedText text(String name, boolean[] ok) {
        Map<String, TextArea> areas = java.util.Objects.requireNonNull(fields.get(name));
        String fi = java.util.Objects.requireNonNull(areas.get("fi")).getValue().strip();
        String sv = java.util.Objects.requireNonNull(areas.get("sv")).getValue().strip();
        String en = java.util.Objects.requireNonNull(areas.get("en")).getValue().strip();
        if (fi.isEmpty()) {
            if (!sv.isEmpty() || !en.isEmpty()) {
                java.util.Objects.requireNonNull(areas.get("fi")).setErrorMessage(getTranslation("call.setup.error.text-fi"));
                java.util.Objects.requireNonNull(areas.get("fi")).setInvalid(true);
                language.setValue("fi");
                ok[0] = false;
            }
            return null;
        }
        return new LocalizedText(fi, sv, en);
    }

    private static @Nullable LocalizedText value(Call call, String text) {
        return switch (text) {
            case "intro" -> call.intro();
            case "terms" -> call.terms();
            case "chosen" -> call.chosenMessage();
            default -> call.declinedMessage();
        };
    }
}
