package fi.pyykkinaru.session;

import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.text.PlainText;
import org.jspecify.annotations.Nullable;

/** The optional part of an answer, given after the vote: comment, region, organisation type, attendance. */
public record AnswerDetails(@Nullable String comment, @Nullable Region region,
        @Nullable OrganisationType organisationType, @Nullable Attendance attendance) {

    public static final int COMMENT_MAX = 500;

    public static AnswerDetails of(Answer answer) {
        return new AnswerDetails(answer.comment(), answer.region(), answer.organisationType(), answer.attendance());
    }

    public AnswerDetails {
        comment = comment == null || comment.isBlank() ? null : comment.replace("\r\n", "\n").strip();
    }

    /** The translation key of what is wrong with the comment, if anything. */
    public @Nullable String commentProblem() {
        if (comment == null) {
            return null;
        }
        if (PlainText.length(comment) > COMMENT_MAX) {
            return "feedback.error.too-long";
        }
        return PlainText.hasControlCharacters(comment, true) ? "feedback.error.control" : null;
    }
}
