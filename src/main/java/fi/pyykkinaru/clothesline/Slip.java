package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.Region;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A slip a visitor pegged on a line. The owner's contact and the reporter's name and e-mail are personal
 * data: they never show on the wall.
 */
@Table("slip")
public record Slip(
        @Id @Nullable Long id,
        long eventId,
        long lineId,
        String title,
        @Nullable String body,
        @Nullable String organisation,
        @Nullable Ownership ownership,
        @Nullable Region region,
        @MappedCollection(idColumn = "slip_id") Set<SlipTheme> themes,
        @Nullable String ownerContact,
        @Nullable String reporterName,
        @Nullable String reporterEmail,
        boolean consent,
        SlipStatus status,
        @Nullable String stand,
        @Nullable Long catalogueEntryId,
        Instant createdAt,
        @Version int version) {

    public Slip {
        themes = Set.copyOf(themes);
    }

    /** A new slip from a draft that {@link SlipRules} accepted. */
    static Slip from(SlipDraft draft, Line line, SlipStatus status, @Nullable String stand, Instant now) {
        String title = Objects.requireNonNull(draft.title(), "SlipRules require a title");
        return new Slip(null, line.eventId(), line.requireId(), title, draft.body(), draft.organisation(),
                draft.ownership(), draft.region(),
                draft.themes().stream().map(SlipTheme::new).collect(java.util.stream.Collectors.toSet()),
                draft.ownerContact(), draft.reporterName(), draft.reporterEmail(), draft.consent(), status, stand,
                draft.catalogueEntryId(), now, 0);
    }

    Slip withStatus(SlipStatus newStatus) {
        return new Slip(id, eventId, lineId, title, body, organisation, ownership, region, themes, ownerContact,
                reporterName, reporterEmail, consent, newStatus, stand, catalogueEntryId, createdAt, version);
    }

    /** The report linked to the catalogue entry of the practice it reports (null: to none). */
    Slip withCatalogueEntry(@Nullable Long entryId) {
        return new Slip(id, eventId, lineId, title, body, organisation, ownership, region, themes, ownerContact,
                reporterName, reporterEmail, consent, status, stand, entryId, createdAt, version);
    }

    /** The slip's text stays; who reported it and how to reach the reported party go. */
    Slip withoutPersonalData() {
        return new Slip(id, eventId, lineId, title, body, organisation, ownership, region, themes, null, null, null,
                false, status, stand, catalogueEntryId, createdAt, version);
    }

    /** The slip's text named a person who asked to be forgotten: the headline becomes a dash, the text goes. */
    Slip withoutText(String erasedTitle) {
        return new Slip(id, eventId, lineId, erasedTitle, null, organisation, ownership, region, themes, ownerContact,
                reporterName, reporterEmail, consent, status, stand, catalogueEntryId, createdAt, version);
    }

    /** The reported party's contact goes once their report is published or declined (the promise to them). */
    Slip withoutOwnerContact() {
        return new Slip(id, eventId, lineId, title, body, organisation, ownership, region, themes, null,
                reporterName, reporterEmail, consent, status, stand, catalogueEntryId, createdAt, version);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Slip is not saved");
        }
        return id;
    }
}
