package fi.pyykkinaru.call;

import fi.pyykkinaru.i18n.Translations;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of a call as its form shows it: numbered over all the call's questions ({@code call-q-N}), labelled
 * in the page's language, holding what was typed, and its problem, if any.
 */
record QuestionField(int number, Question question, CallText text, String value, @Nullable String problem) {

    /** One radio button of a choice or yes/no question; the first carries the question's own id. */
    record Option(String id, String value, String label, boolean checked) {
    }

    String id() {
        return ApplicationProblem.questionField(number);
    }

    String name() {
        return "q." + question.key();
    }

    String label() {
        return question.label().in(text.locale());
    }

    String kind() {
        return question.kind().name();
    }

    boolean required() {
        return question.required();
    }

    int limit() {
        return question.limit();
    }

    String limitText() {
        return text.get("call.page.limit", question.limit());
    }

    /** The ids that describe the field: its length limit and its problem. */
    @Nullable String describedBy() {
        List<String> ids = new ArrayList<>();
        if (question.kind() == QuestionKind.SHORT_TEXT || question.kind() == QuestionKind.LONG_TEXT) {
            ids.add(id() + "-hint");
        }
        if (problem != null) {
            ids.add(id() + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    boolean checked() {
        return ApplicationCheck.YES.equals(value);
    }

    /**
     * A choice's options in the page's language (the one chosen is checked even when it was chosen in another
     * language), or yes and no.
     */
    List<Option> options() {
        if (question.kind() == QuestionKind.YES_NO) {
            return List.of(new Option(id(), ApplicationCheck.YES, text.get("call.page.yes"), value.equals("yes")),
                    new Option(id() + "-no", ApplicationCheck.NO, text.get("call.page.no"), value.equals("no")));
        }
        List<String> labels = question.options(text.locale());
        int chosen = chosenIndex();
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            options.add(new Option(i == 0 ? id() : id() + "-" + (i + 1), labels.get(i), labels.get(i), i == chosen));
        }
        return options;
    }

    private int chosenIndex() {
        int index = question.options(text.locale()).indexOf(value);
        for (var locale : Translations.LOCALES) {
            index = index >= 0 ? index : question.options(locale).indexOf(value);
        }
        return index;
    }
}
