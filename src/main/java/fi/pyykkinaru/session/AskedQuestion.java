package fi.pyykkinaru.session;

/** A question as a phone, the moderator or the presenter screen shows it: with its votes, and whether it is this phone's own or already has its vote. */
public record AskedQuestion(SessionQuestion question, long votes, boolean mine, boolean votedByMe) {

    public long id() {
        return question.requireId();
    }
}
