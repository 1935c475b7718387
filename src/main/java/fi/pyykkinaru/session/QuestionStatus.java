package fi.pyykkinaru.session;

/** Where a visitor's question stands: waiting for a moderator, shown to everybody, or taken down. */
public enum QuestionStatus {
    HELD,
    APPROVED,
    HIDDEN
}
