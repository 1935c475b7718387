package fi.pyykkinaru.call;

import fi.pyykkinaru.i18n.LocalizedText;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** One of a call's review criteria, scored 1-5; its key names its score field ({@code #score-<key>}). */
@Table("call_criterion")
public record Criterion(@Column("criterion_key") String key, @Embedded.Empty(prefix = "label_") LocalizedText label) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public Criterion {
        if (!key.matches(Question.KEY_PATTERN)) {
            throw new IllegalArgumentException("A criterion key is 1-40 lower-case letters, digits or dashes");
        }
    }
}
