package fi.pyykkinaru.session;

/** A vote was given, changed or counted for a session: its live results have changed. */
public record FeedbackChanged(long sessionId) {
}
