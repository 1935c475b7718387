package fi.pyykkinaru.session;

import java.text.NumberFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A session's result: how many answered each choice (answers given here and counts staff entered from paper
 * or remote answers), the total, and the median. The median of an even count is the mean of the two middle
 * values, as the events report it.
 */
public record FeedbackResult(Map<Score, Long> distribution, long countedByStaff) {

    public FeedbackResult {
        EnumMap<Score, Long> complete = new EnumMap<>(Score.class);
        for (Score score : Score.values()) {
            complete.put(score, distribution.getOrDefault(score, 0L));
        }
        distribution = Collections.unmodifiableMap(complete);
    }

    /** The result after one voter's answer moved from {@code before} (none: a new answer) to {@code after}. */
    FeedbackResult moved(@org.jspecify.annotations.Nullable Score before, Score after) {
        EnumMap<Score, Long> moved = new EnumMap<>(distribution);
        if (before != null) {
            moved.merge(before, -1L, Long::sum);
        }
        moved.merge(after, 1L, Long::sum);
        return new FeedbackResult(moved, countedByStaff);
    }

    public long count() {
        return distribution.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median as the events write it ("1", "0.5", "-1.5"), or "–" before the first answer. */
    public String medianText() {
        if (median().isEmpty()) {
            return "–";
        }
        double value = median().getAsDouble();
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** The median as a number in {@code locale}'s own way ("0,5" in Finnish), or "–" before the first answer. */
    public String medianText(Locale locale) {
        if (median().isEmpty()) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(median().getAsDouble());
    }

    public OptionalDouble median() {
        long n = count();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        int lower = valueAt((n - 1) / 2);
        int upper = valueAt(n / 2);
        return OptionalDouble.of((lower + upper) / 2.0);
    }

    /** The score at 0-based position {@code index} of all answers sorted from −2 to +2. */
    private int valueAt(long index) {
        long seen = 0;
        for (Score score : Score.values()) {
            seen += distribution.getOrDefault(score, 0L);
            if (index < seen) {
                return score.value();
            }
        }
        throw new IllegalStateException("Index " + index + " beyond " + seen + " answers");
    }
}
