package fi.pyykkinaru.call;

/**
 * Who looks at the board: their account's name and whether they decide (an organiser) and score (a reviewer). An
 * organiser who is not a reviewer decides without scoring and so sees everyone's scores; whoever scores sees the
 * others' scores on a proposal only after scoring it (no anchoring).
 */
public record Reviewer(String name, boolean organiser, boolean scorer) {

    public Reviewer {
        if (name.isBlank() || name.startsWith(Review.JURY_PREFIX)) {
            throw new IllegalArgumentException("A reviewer is a staff account");
        }
    }

    boolean seesScoresWithout(boolean scoredIt) {
        return scoredIt || (organiser && !scorer);
    }
}
