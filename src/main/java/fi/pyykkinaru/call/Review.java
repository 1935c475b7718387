package fi.pyykkinaru.call;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One reviewer's scores and comment on one proposal. The reviewer is a staff account's user name, or
 * {@code jury:<id>} for a jury member, who has a private link instead of an account.
 */
@Table("proposal_review")
public record Review(
        @Id @Nullable Long id,
        long proposalId,
        String reviewer,
        @MappedCollection(idColumn = "review_id", keyColumn = "criterion_key") Map<String, ReviewScore> scores,
        @Column("review_comment") @Nullable String comment,
        Instant savedAt,
        @Version int version) {

    public static final String JURY_PREFIX = "jury:";
    public static final int MAX_COMMENT = 4000;

    public Review {
        scores = Map.copyOf(scores);
    }

    public static String juryReviewer(long memberId) {
        return JURY_PREFIX + memberId;
    }
}
