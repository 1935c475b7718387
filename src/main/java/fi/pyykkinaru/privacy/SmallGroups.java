package fi.pyykkinaru.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many answers a group needs before its figures are shown ({@code pyykkinaru.privacy.min-group}, 5 unless
 * set). Answers carry no names, but a region, an organisation type or a channel with one or two answers in it
 * points at the few people who gave them: such a group shows only that it is small ("fewer than 5"), and a
 * session's own median and distribution wait until that many have answered.
 */
@Component
public class SmallGroups {

    /** The key of "fewer than {0}", in every language. */
    public static final String FEWER_THAN = "privacy.fewer-than";

    private final int min;

    public SmallGroups(@Value("${pyykkinaru.privacy.min-group:5}") int min) {
        if (min < 1) {
            throw new IllegalArgumentException("pyykkinaru.privacy.min-group must be at least 1, not " + min);
        }
        this.min = min;
    }

    public int min() {
        return min;
    }

    /** Whether a part of the answers (a region, a channel, …) is too small to show: some answers, fewer than the minimum. */
    public boolean small(long answers) {
        return answers > 0 && answers < min;
    }

    /** Whether a whole (a session's answers) has enough answers for its median and distribution to show. */
    public boolean enough(long answers) {
        return answers >= min;
    }
}
