package fi.pyykkinaru.clothesline;

/** Which slip form a line asks visitors to fill in. */
public enum LineKind {
    /** Report a good practice: name, description, owner, region, themes, contacts. */
    PRACTICE,
    /**
     * A question line: a short answer to the line's prompt ("What is your superpower?", a bench-café question),
     * with an optional region (and the event's themes when the line is themed).
     */
    ANSWER,
    /** Practices already documented in a catalogue, hung beside the visitors' reports; visitors do not write on it. */
    CATALOGUE
}
