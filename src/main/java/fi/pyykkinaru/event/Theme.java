package fi.pyykkinaru.event;

import fi.pyykkinaru.i18n.LocalizedText;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** One entry of an event's theme list, which slips are tagged with. */
@Table("event_theme")
public record Theme(String code, @Embedded.Empty(prefix = "label_") LocalizedText label) {

    public Theme {
        if (!code.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("A theme code is 1-40 lower-case letters, digits or dashes");
        }
    }
}
