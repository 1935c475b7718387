package fi.pyykkinaru.call;

import org.springframework.data.relational.core.mapping.Table;

/** A reviewer's score, 1-5, on one criterion (kept under the criterion's key). */
@Table("review_score")
public record ReviewScore(int score) {

    public ReviewScore {
        if (score < Criterion.LOWEST || score > Criterion.HIGHEST) {
            throw new IllegalArgumentException("A score is " + Criterion.LOWEST + "-" + Criterion.HIGHEST);
        }
    }
}
