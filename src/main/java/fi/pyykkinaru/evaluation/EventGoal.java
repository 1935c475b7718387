package fi.pyykkinaru.evaluation;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A sub-goal of the event: written before it, and after it marked met, partly or not met with a comment, beside
 * the figures (keys of {@link EvaluationFigures}) that bear on it.
 */
@Table("event_goal")
public record EventGoal(
        @Id @Nullable Long id,
        long eventId,
        int position,
        @Column("goal_text") String text,
        @Nullable GoalStatus status,
        @Column("status_comment") @Nullable String comment,
        @Nullable String figures,
        @Version int version) {

    public static final int TEXT_MAX = 1000;
    public static final int COMMENT_MAX = 4000;

    public EventGoal {
        text = text.strip();
        if (text.isEmpty() || text.length() > TEXT_MAX) {
            throw new IllegalArgumentException("A goal is 1-" + TEXT_MAX + " characters");
        }
        if (comment != null) {
            comment = comment.strip();
            if (comment.length() > COMMENT_MAX) {
                throw new IllegalArgumentException("A goal's comment is at most " + COMMENT_MAX + " characters");
            }
            comment = comment.isEmpty() ? null : comment;
        }
    }

    public static EventGoal create(long eventId, int position, String text) {
        return new EventGoal(null, eventId, position, text, null, null, null, 0);
    }

    /** The keys of the figures chosen for this goal, in the order chosen. */
    public List<String> figureKeys() {
        return figures == null ? List.of()
                : Arrays.stream(figures.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    EventGoal marked(@Nullable GoalStatus status, @Nullable String comment, List<String> figureKeys, int basedOn) {
        return new EventGoal(id, eventId, position, text, status, comment,
                figureKeys.isEmpty() ? null : String.join(",", figureKeys), basedOn);
    }

    EventGoal rewritten(String text, int basedOn) {
        return new EventGoal(id, eventId, position, text, status, comment, figures, basedOn);
    }

    EventGoal at(int position) {
        return new EventGoal(id, eventId, position, text, status, comment, figures, version);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Goal not saved yet");
        }
        return id;
    }
}
