package fi.pyykkinaru.session;

import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One voter's feedback on a session. It knows nothing of the voter: a random id, and the day rather than the
 * moment, so that it cannot be matched back to the voter record by time either.
 */
@Table("feedback_answer")
public record Answer(
        @Id String id,
        long sessionId,
        int score,
        Channel channel,
        @Nullable String comment,
        @Nullable Region region,
        @Nullable OrganisationType organisationType,
        @Nullable Attendance attendance,
        LocalDate answeredOn,
        @Version int version) {

    static Answer create(long sessionId, Score score, Channel channel, LocalDate today) {
        return new Answer(UUID.randomUUID().toString(), sessionId, score.value(), channel, null, null, null, null,
                today, 0);
    }

    Answer withScore(Score newScore, Channel newChannel) {
        return new Answer(id, sessionId, newScore.value(), newChannel, comment, region, organisationType, attendance,
                answeredOn, version);
    }

    Answer withDetails(AnswerDetails details) {
        return new Answer(id, sessionId, score, channel, details.comment(), details.region(),
                details.organisationType(), details.attendance(), answeredOn, version);
    }

    public Score scoreValue() {
        return Score.of(score);
    }
}
