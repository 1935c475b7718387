package fi.pyykkinaru.privacy;

import java.util.List;

/**
 * A feature's answer for the personal data it holds, one bean per kind of record. Each works through its own
 * aggregates, versions and all, so that a stale copy saved later fails instead of bringing an erased name back.
 */
public interface PersonalData {

    /** The kind of record, e.g. {@code SLIP}; the organisers' page labels it {@code privacy.kind.<kind>}. */
    String kind();

    /** Forgets the personal data in the event's records; returns how many records changed. */
    int purge(long eventId);

    /** How many of the event's records hold personal data: what {@link #purge} would change now. */
    int holding(long eventId);

    /**
     * The records that name or reach the person. The needle is lower case, at least three characters long and
     * free of SQL wildcards; {@link #contains} makes the pattern.
     */
    List<Match> find(String needle);

    /** Forgets the personal data of one record that {@link #find} returned and an organiser confirmed. */
    void erase(long id);

    /** A case-folded {@code like} pattern for columns that contain the needle anywhere. */
    static String contains(String needle) {
        return "%" + needle + "%";
    }
}
