package fi.pyykkinaru.session;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A visitor's question to a session's speakers. Its asker is a keyed hash of their phone's cookie, so that they
 * see their own question while it waits and nobody learns who asked it.
 */
@Table("session_question")
public record SessionQuestion(
        @Id @Nullable Long id,
        long sessionId,
        String body,
        QuestionStatus status,
        boolean answered,
        boolean starred,
        String askerHash,
        Instant askedAt,
        @Version int version) {

    /** Long enough for a real question, short enough to read out in a room and to fit a projector. */
    public static final int MAX_LENGTH = 300;

    public SessionQuestion {
        body = body.strip();
        if (body.isEmpty() || body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A question has 1–" + MAX_LENGTH + " characters");
        }
    }

    static SessionQuestion ask(long sessionId, String body, QuestionStatus status, String askerHash, Instant now) {
        return new SessionQuestion(null, sessionId, body, status, false, false, askerHash, now, 0);
    }

    SessionQuestion withStatus(QuestionStatus newStatus) {
        // A hidden question cannot stay the one shown on the presenter screen.
        return new SessionQuestion(id, sessionId, body, newStatus, answered,
                starred && newStatus == QuestionStatus.APPROVED, askerHash, askedAt, version);
    }

    SessionQuestion withAnswered(boolean isAnswered) {
        return new SessionQuestion(id, sessionId, body, status, isAnswered, starred, askerHash, askedAt, version);
    }

    SessionQuestion withStarred(boolean isStarred) {
        // The starred question is shown on the screen: starring one approves it.
        return new SessionQuestion(id, sessionId, body, isStarred ? QuestionStatus.APPROVED : status, answered,
                isStarred, askerHash, askedAt, version);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Question is not saved");
        }
        return id;
    }
}
