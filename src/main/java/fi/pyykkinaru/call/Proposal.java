package fi.pyykkinaru.call;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An applicant's proposal to a call. Its private link's secret is kept only as a hash; {@code submissionKey} comes
 * from the form it was first sent from, so that a double click or a resent form stores one proposal. The
 * responsible person's contact is kept apart from the answers, as it is what the programme and the letters use.
 * Once chosen, it points at what it became: a programme session or a stand slot.
 */
@Table("proposal")
public record Proposal(
        @Id @Nullable Long id,
        long callId,
        long eventId,
        String tokenHash,
        String submissionKey,
        ProposalStatus status,
        String language,
        @Nullable String title,
        @Nullable String responsibleName,
        @Nullable String responsibleOrganisation,
        @Nullable String responsibleEmail,
        @Nullable String responsiblePhone,
        @MappedCollection(idColumn = "proposal_id", keyColumn = "question_key") Map<String, ProposalAnswer> answers,
        @Nullable String decisionMessage,
        @Nullable Instant decidedAt,
        @Nullable Long sessionId,
        @Nullable Long slotId,
        @MappedCollection(idColumn = "proposal_id", keyColumn = "sort_order") List<ProposalTask> tasks,
        @Nullable String marketingText,
        boolean marketingApproved,
        Instant createdAt,
        @Nullable Instant submittedAt,
        Instant updatedAt,
        @Version int version) {

    public static final int MAX_TITLE = 200;

    public Proposal {
        answers = Map.copyOf(answers);
        tasks = List.copyOf(tasks);
    }

    /** The answer to a question, or empty text. */
    public String answer(String questionKey) {
        ProposalAnswer answer = answers.get(questionKey);
        return answer == null ? "" : answer.text();
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Proposal is not saved");
        }
        return id;
    }
}
