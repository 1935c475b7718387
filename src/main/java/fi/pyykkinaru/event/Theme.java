package fi.pyykkinaru.event;

import fi.pyykkinaru.i18n.LocalizedText;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of an event's theme list, which slips are tagged with. A hidden theme is no longer offered to
 * visitors, while the slips that have it keep its label.
 */
@Table("event_theme")
public record Theme(String code, @Embedded.Empty(prefix = "label_") LocalizedText label, boolean hidden) {

    public static final String CODE_PATTERN = "[a-z0-9-]{1,40}";
    /** The label columns hold 120 UTF-16 units: 60 characters, emoji and all. */
    public static final int MAX_LABEL = 60;

    @PersistenceCreator
    public Theme {
        if (!code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("A theme code is 1-40 lower-case letters, digits or dashes");
        }
    }

    public Theme(String code, LocalizedText label) {
        this(code, label, false);
    }
}
