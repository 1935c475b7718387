package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A clothesline of an event: a prompt that visitors answer with slips, hung in the order given, with an optional
 * help text under it. An inactive line is gone from the event; a line that is not {@code accepting} (closed) stays
 * on the wall but takes no new slips. {@code themed}: a question line also asks for the event's themes.
 */
@Table("clothesline")
public record Line(
        @Id @Nullable Long id,
        long eventId,
        String code,
        LineKind kind,
        @Embedded.Empty(prefix = "prompt_") LocalizedText prompt,
        @Embedded.Nullable(prefix = "help_") @Nullable LocalizedText help,
        int sortOrder,
        boolean active,
        boolean accepting,
        boolean themed,
        @Version int version) {

    public Line {
        if (!code.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("A line code is 1-40 lower-case letters, digits or dashes");
        }
    }

    public static Line create(long eventId, String code, LineKind kind, LocalizedText prompt, int sortOrder) {
        return new Line(null, eventId, code, kind, prompt, null, sortOrder, true, true, false, 0);
    }

    /** Whether visitors may write on it now: open, and not a catalogue line (whose entries come from the catalogue). */
    public boolean takesSlips() {
        return accepting && kind != LineKind.CATALOGUE;
    }

    /** The organiser's edit of this line: the code stays (stands refer to it), the version says which edit it was. */
    Line edited(LineDraft draft, int basedOn) {
        LineKind kind = draft.requireKind();
        return new Line(id, eventId, code, kind, draft.prompt(), draft.help(), sortOrder, active, accepting,
                kind == LineKind.ANSWER && draft.themed(), basedOn);
    }

    Line withSortOrder(int order) {
        return new Line(id, eventId, code, kind, prompt, help, order, active, accepting, themed, version);
    }

    Line withAccepting(boolean open) {
        return new Line(id, eventId, code, kind, prompt, help, sortOrder, active, open, themed, version);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Line " + code + " is not saved");
        }
        return id;
    }
}
