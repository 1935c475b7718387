package fi.pyykkinaru.privacy;

/**
 * One record where a person's data was found: its kind (see {@link PersonalData#kind}), its id as its owner knows
 * it (a number for most, a random id for a feedback answer), and what it is.
 */
public record Match(String kind, String ref, String what) {

    public Match(String kind, long id, String what) {
        this(kind, Long.toString(id), what);
    }
}
