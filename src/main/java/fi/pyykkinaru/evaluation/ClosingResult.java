package fi.pyykkinaru.evaluation;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the visitors answered to one closing question: how many answered, how the choices or scale values were
 * spread (option place or scale value to count, every one listed, zeros too), and the words of the text answers.
 */
public record ClosingResult(ClosingQuestion question, long count, Map<Integer, Long> distribution, List<String> texts) {

    /** The mean of a scale question's answers; none for other kinds or before any answer. */
    public OptionalDouble mean() {
        if (question.kind() != ClosingKind.SCALE || count == 0) {
            return OptionalDouble.empty();
        }
        long sum = distribution.entrySet().stream().mapToLong(e -> (long) e.getKey() * e.getValue()).sum();
        return OptionalDouble.of((double) sum / count);
    }

    /** The mean as people read it, with its sign: "+1,3" in Finnish and Swedish, "+1.3" in English; "–" before any. */
    public String meanText(Locale locale) {
        OptionalDouble mean = mean();
        if (mean.isEmpty()) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        String text = format.format(mean.getAsDouble());
        return mean.getAsDouble() > 0 ? "+" + text : text.replace('-', '−');
    }

    /** Each choice or scale value with its label in {@code locale} and its count, in the question's order. */
    public Map<String, Long> labelled(Locale locale) {
        Map<String, Long> labelled = new java.util.LinkedHashMap<>();
        List<String> options = question.options(locale);
        distribution.forEach((value, n) -> labelled.put(question.kind() == ClosingKind.CHOICE
                ? options.get(value) : (value > 0 ? "+" + value : value < 0 ? "−" + -value : "0"), n));
        return labelled;
    }
}
