package fi.pyykkinaru.harvest;

import java.util.List;
import java.util.Locale;

/**
 * Figures another feature adds to the harvest's overview, such as how many were chosen of how many applied to the
 * event's call. The harvest shows them without knowing the features that give them, which depend on the harvest,
 * never the other way round.
 */
public interface HarvestFigures {

    /** One figure in the reader's words: what is counted, and the count. */
    record Figure(String label, String value) {
    }

    /** This feature's figures of the event, in {@code locale}; none when it has nothing to count. */
    List<Figure> figures(long eventId, Locale locale);
}
