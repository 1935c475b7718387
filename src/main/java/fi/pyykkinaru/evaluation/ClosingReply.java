package fi.pyykkinaru.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * A visitor's answer to one closing question: the option's place (choice), the scale's value −2…+2 (scale), or
 * words (text). Empty when the visitor left the question unanswered.
 */
public record ClosingReply(@Nullable Integer choice, @Nullable String text) {

    public static final int TEXT_MAX = 1000;

    public ClosingReply {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static ClosingReply none() {
        return new ClosingReply(null, null);
    }

    public boolean empty() {
        return choice == null && text == null;
    }

    /** What is wrong with this as an answer to {@code question} (a message key), or null when it may be stored. */
    public @Nullable String problem(ClosingQuestion question) {
        if (empty()) {
            return question.required() ? "evaluation.closing.required" : null;
        }
        return switch (question.kind()) {
            case CHOICE -> choice != null && choice >= 0 && choice < question.options(java.util.Locale.ROOT).size()
                    ? null : "evaluation.closing.required";
            case SCALE -> choice != null && choice >= -2 && choice <= 2 ? null : "evaluation.closing.required";
            case TEXT -> text != null && text.length() > TEXT_MAX ? "evaluation.closing.too-long"
                    : text != null && fi.pyykkinaru.text.PlainText.hasControlCharacters(text, true)
                            ? "evaluation.closing.control" : null;
        };
    }
}
