package fi.pyykkinaru.call;

import fi.pyykkinaru.i18n.LocalizedText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One question of a call. Its key stays when organisers reorder or reword it, so that answers already given stay
 * with their question. A choice question's options are one per line in each language; {@code maxLength} limits a
 * text answer (null: the kind's default).
 */
@Table("call_question")
public record Question(
        @Column("question_key") String key,
        QuestionKind kind,
        boolean required,
        @Nullable Integer maxLength,
        @Embedded.Empty(prefix = "label_") LocalizedText label,
        @Embedded.Nullable(prefix = "options_") @Nullable LocalizedText options) {

    public static final String KEY_PATTERN = "[a-z0-9-]{1,40}";
    public static final int SHORT_TEXT_LIMIT = 200;
    public static final int LONG_TEXT_LIMIT = 8000;

    public Question {
        if (!key.matches(KEY_PATTERN)) {
            throw new IllegalArgumentException("A question key is 1-40 lower-case letters, digits or dashes");
        }
        if (maxLength != null && (maxLength < 1 || maxLength > LONG_TEXT_LIMIT)) {
            throw new IllegalArgumentException("A question's length limit is 1-" + LONG_TEXT_LIMIT);
        }
        if (kind == QuestionKind.CHOICE && options == null) {
            throw new IllegalArgumentException("A choice question needs options");
        }
    }

    /** The longest answer accepted: the organiser's limit, or the kind's own. */
    public int limit() {
        if (maxLength != null) {
            return maxLength;
        }
        return kind == QuestionKind.SHORT_TEXT ? SHORT_TEXT_LIMIT : LONG_TEXT_LIMIT;
    }

    /** A choice question's options in a language, in order; empty for other kinds. */
    public List<String> options(Locale locale) {
        return options == null ? List.of()
                : Arrays.stream(options.in(locale).split("\n")).map(String::strip).filter(o -> !o.isEmpty()).toList();
    }
}
