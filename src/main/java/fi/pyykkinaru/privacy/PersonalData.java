package fi.pyykkinaru.privacy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A feature's answer for the personal data it holds, one bean per kind of record. Each works through its own
 * aggregates, versions and all, so that a stale copy saved later fails instead of bringing an erased name back.
 */
public interface PersonalData {

    /** What an erasure leaves in a text field that must not be empty. */
    String ERASED = "–";

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
    void erase(String ref);

    /**
     * Everything one record that {@link #find} returned holds, field by field under readable names (empty fields
     * left out), for the person's access request: what the record says, not only the fields that matched.
     */
    Map<String, Object> handOver(String ref);

    /** Field names and values in turns, empty ones left out, as {@link #handOver} answers. */
    static Map<String, Object> fields(@Nullable Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                // Numbers, flags and lists as they are; times, dates and codes as their text.
                fields.put(String.valueOf(namesAndValues[i]), value instanceof Number || value instanceof Boolean
                        || value instanceof String || value instanceof Collection<?> ? value : value.toString());
            }
        }
        return fields;
    }

    /** A case-folded {@code like} pattern for columns that contain the needle anywhere. */
    static String contains(String needle) {
        return "%" + needle + "%";
    }
}
