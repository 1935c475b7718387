package fi.pyykkinaru.privacy;

/** One record where a person's data was found: its kind (see {@link PersonalData#kind}), id, and what it is. */
public record Match(String kind, long id, String what) {
}
