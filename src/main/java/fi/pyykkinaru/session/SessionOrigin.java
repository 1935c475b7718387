package fi.pyykkinaru.session;

/** Where a session came from: the open call for content, or the organisers themselves. */
public enum SessionOrigin {
    OPEN_CALL, ORGANISER
}
