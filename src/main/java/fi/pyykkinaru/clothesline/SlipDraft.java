package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.Region;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a visitor has entered on a slip form, tidied: trimmed, blanks as null, line breaks as \n. */
public record SlipDraft(
        @Nullable String title,
        @Nullable String body,
        @Nullable String organisation,
        @Nullable Ownership ownership,
        @Nullable Region region,
        Set<String> themes,
        @Nullable String ownerContact,
        @Nullable String reporterName,
        @Nullable String reporterEmail,
        boolean consent,
        @Nullable Long catalogueEntryId) {

    /** A draft of no catalogue entry: what the visitor reports is not (known to be) in the catalogue. */
    public SlipDraft(@Nullable String title, @Nullable String body, @Nullable String organisation,
            @Nullable Ownership ownership, @Nullable Region region, Set<String> themes, @Nullable String ownerContact,
            @Nullable String reporterName, @Nullable String reporterEmail, boolean consent) {
        this(title, body, organisation, ownership, region, themes, ownerContact, reporterName, reporterEmail, consent,
                null);
    }

    public SlipDraft {
        title = tidy(title);
        body = tidy(body);
        organisation = tidy(organisation);
        themes = Set.copyOf(themes);
        ownerContact = tidy(ownerContact);
        reporterName = tidy(reporterName);
        reporterEmail = tidy(reporterEmail);
    }

    /** This draft as the report of a practice in the catalogue: the visitor chose its entry while writing. */
    public SlipDraft linkedTo(@Nullable Long entryId) {
        return new SlipDraft(title, body, organisation, ownership, region, themes, ownerContact, reporterName,
                reporterEmail, consent, entryId);
    }

    /** A short answer to an {@link LineKind#ANSWER} line. */
    public static SlipDraft answer(@Nullable String answer, @Nullable String more, @Nullable Region region) {
        return new SlipDraft(answer, more, null, null, region, Set.of(), null, null, null, false);
    }

    /** A short answer to a themed question line, with the event's themes the visitor chose. */
    public static SlipDraft answer(@Nullable String answer, @Nullable String more, @Nullable Region region,
            Set<String> themes) {
        return new SlipDraft(answer, more, null, null, region, themes, null, null, null, false);
    }

    /** The draft with only the fields that the line's form has: a themed question line keeps its themes too. */
    SlipDraft forLine(Line line) {
        return line.kind() == LineKind.ANSWER && line.themed() ? answer(title, body, region, themes) : forKind(line.kind());
    }

    /** The draft with only the fields that the line's form has; what another form left behind is dropped. */
    SlipDraft forKind(LineKind kind) {
        return switch (kind) {
            case PRACTICE, CATALOGUE -> this;
            case ANSWER -> answer(title, body, region);
        };
    }

    private static @Nullable String tidy(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String tidied = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return tidied.isEmpty() ? null : tidied;
    }
}
