package fi.pyykkinaru.clothesline;

/** Which slip form a line asks visitors to fill in. */
public enum LineKind {
    /** Report a good practice: name, description, owner, region, themes, contacts. */
    PRACTICE,
    /** A short answer to the line's prompt ("What is your superpower?"), with an optional region. */
    ANSWER
}
