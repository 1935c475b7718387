package fi.pyykkinaru.call;

import fi.pyykkinaru.i18n.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An event's call: what it asks for, when it takes proposals, its intro, its terms (a takeover's criteria that
 * applicants accept, a jury's framework), its questions and review criteria in order, and the message templates
 * sent with a decision, each in the event's languages.
 */
@Table("open_call")
public record Call(
        @Id @Nullable Long id,
        long eventId,
        CallKind kind,
        Instant opensAt,
        Instant closesAt,
        @Embedded.Nullable(prefix = "intro_") @Nullable LocalizedText intro,
        @Embedded.Nullable(prefix = "terms_") @Nullable LocalizedText terms,
        @Embedded.Nullable(prefix = "chosen_message_") @Nullable LocalizedText chosenMessage,
        @Embedded.Nullable(prefix = "declined_message_") @Nullable LocalizedText declinedMessage,
        @MappedCollection(idColumn = "call_id", keyColumn = "sort_order") List<Question> questions,
        @MappedCollection(idColumn = "call_id", keyColumn = "sort_order") List<Criterion> criteria,
        @Version int version) {

    public Call {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A call closes after it opens");
        }
        questions = List.copyOf(questions);
        criteria = List.copyOf(criteria);
        if (questions.stream().map(Question::key).distinct().count() != questions.size()
                || criteria.stream().map(Criterion::key).distinct().count() != criteria.size()) {
            throw new IllegalArgumentException("A call's question and criterion keys are unique");
        }
    }

    /** Whether applicants may save and submit now. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Call is not saved");
        }
        return id;
    }
}
