package fi.pyykkinaru.call;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Scores of one proposal boiled down: how many reviewed it, the mean of the reviewers' means, and the spread (the
 * highest reviewer's mean less the lowest's). A spread of {@value #DISAGREEMENT} points or more is a disagreement
 * worth talking about before deciding.
 */
public record ReviewSummary(int count, OptionalDouble mean, OptionalDouble spread) {

    public static final double DISAGREEMENT = 2.0;

    static ReviewSummary of(Collection<Review> reviews) {
        double[] means = reviews.stream().map(ReviewSummary::meanOf).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).toArray();
        if (means.length == 0) {
            return new ReviewSummary(reviews.size(), OptionalDouble.empty(), OptionalDouble.empty());
        }
        double mean = java.util.Arrays.stream(means).average().orElseThrow();
        double spread = java.util.Arrays.stream(means).max().orElseThrow() - java.util.Arrays.stream(means).min().orElseThrow();
        return new ReviewSummary(reviews.size(), OptionalDouble.of(mean), OptionalDouble.of(spread));
    }

    static OptionalDouble meanOf(Review review) {
        return review.scores().values().stream().mapToInt(ReviewScore::score).average();
    }

    public boolean disagreement() {
        return spread.isPresent() && spread.getAsDouble() >= DISAGREEMENT - 1e-9;
    }

    /** The mean as shown: two decimals, so that two proposals that look tied are tied. */
    public long rankKey() {
        return mean.isPresent() ? Math.round(mean.getAsDouble() * 100) : Long.MIN_VALUE;
    }
}
