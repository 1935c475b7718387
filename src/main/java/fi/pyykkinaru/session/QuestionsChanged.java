package fi.pyykkinaru.session;

/** A question was asked, upvoted or moderated on a session: its presenter screen and phones show it anew. */
public record QuestionsChanged(long sessionId) {
}
