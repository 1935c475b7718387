package fi.pyykkinaru.session.phone;

import fi.pyykkinaru.session.AskedQuestion;
import fi.pyykkinaru.session.SessionQuestion;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The "Ask the speakers" section of a session's phone page: the questions this phone sees, and what became of the
 * question it just sent ({@code asked} in the address the form led back to), said in words.
 */
record QuestionBoard(List<AskedQuestion> items, @Nullable String outcome) {

    /** What the address may say about the last question sent, and its words; anything else says nothing. */
    private static final Map<String, String> OUTCOMES = Map.of(
            "shown", "questions.asked.shown", "held", "questions.asked.held",
            "empty", "questions.error.empty", "too-long", "questions.error.too-long", "control", "questions.error.control");

    static QuestionBoard of(List<AskedQuestion> items, @Nullable String asked) {
        return new QuestionBoard(items, asked == null ? null : OUTCOMES.get(asked));
    }

    boolean outcomeIsProblem() {
        return outcome != null && outcome.startsWith("questions.error.");
    }

    int maxLength() {
        return SessionQuestion.MAX_LENGTH;
    }
}
