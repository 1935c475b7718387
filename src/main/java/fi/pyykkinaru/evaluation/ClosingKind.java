package fi.pyykkinaru.evaluation;

/** How a closing question is answered: one of the organisers' options, the −2…+2 scale, or in the visitor's words. */
public enum ClosingKind {
    CHOICE, SCALE, TEXT
}
