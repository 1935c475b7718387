package fi.pyykkinaru.clothesline;

/** Whether a slip hangs on the wall. */
public enum SlipStatus {
    PUBLISHED, HELD, HIDDEN
}
