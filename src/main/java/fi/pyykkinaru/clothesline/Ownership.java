package fi.pyykkinaru.clothesline;

/** Whose practice a report is about; someone else's means the owner will be contacted. */
public enum Ownership {
    OWN, OTHER
}
