package fi.pyykkinaru.call;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A jury member's scores of one pitch as typed on their phone: each criterion's value as sent (maybe nothing, maybe
 * not a number) and a comment. {@link #problems(Call)} says what is wrong, by field, so that the form comes back with
 * everything as typed.
 */
public record JuryScoreDraft(Map<String, String> scores, String comment) {

    /** The field of the comment in {@link #problems(Call)}; the others are criterion keys. */
    public static final String COMMENT = "comment";

    public JuryScoreDraft {
        scores = Map.copyOf(scores);
        comment = comment.strip();
    }

    /** The draft of a saved review, as its form shows it. */
    public static JuryScoreDraft of(@Nullable Review review) {
        if (review == null) {
            return new JuryScoreDraft(Map.of(), "");
        }
        Map<String, String> typed = new HashMap<>();
        review.scores().forEach((key, score) -> typed.put(key, String.valueOf(score.score())));
        return new JuryScoreDraft(typed, review.comment() == null ? "" : review.comment());
    }

    public String score(String criterion) {
        return scores.getOrDefault(criterion, "");
    }

    /** Criterion key or {@value #COMMENT} → the key of what is wrong; every criterion needs a score of 1-5. */
    public Map<String, String> problems(Call call) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Criterion criterion : call.criteria()) {
            String typed = score(criterion.key()).strip();
            if (typed.isEmpty()) {
                problems.put(criterion.key(), "call.jury.score.missing");
            } else if (parse(typed) == null) {
                problems.put(criterion.key(), "call.jury.score.invalid");
            }
        }
        if (comment.length() > Review.MAX_COMMENT) {
            problems.put(COMMENT, "call.jury.comment.too-long");
        }
        return problems;
    }

    /** The scores by criterion, for a draft without problems. */
    Map<String, ReviewScore> reviewScores(Call call) {
        Map<String, ReviewScore> checked = new HashMap<>();
        for (Criterion criterion : call.criteria()) {
            Integer score = parse(score(criterion.key()).strip());
            if (score == null) {
                throw new IllegalArgumentException("No score of 1-5 for " + criterion.key());
            }
            checked.put(criterion.key(), new ReviewScore(score));
        }
        return checked;
    }

    private static @Nullable Integer parse(String typed) {
        if (!typed.matches("\\d")) {
            return null;
        }
        int score = Integer.parseInt(typed);
        return score >= Criterion.LOWEST && score <= Criterion.HIGHEST ? score : null;
    }
}
