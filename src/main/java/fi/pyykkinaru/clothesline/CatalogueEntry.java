package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.Region;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A practice already documented in a catalogue of practices, hung on a {@link LineKind#CATALOGUE} line. Its URL is
 * its identity on the line: the catalogue is where a visitor reads more. {@code themes} are the catalogue's own words,
 * comma separated.
 */
@Table("catalogue_entry")
public record CatalogueEntry(
        @Id @Nullable Long id,
        long eventId,
        long lineId,
        String url,
        String title,
        @Nullable String summary,
        @Nullable String organisation,
        @Nullable Region region,
        @Nullable String themes,
        @Nullable String imageUrl,
        Instant createdAt,
        Instant updatedAt,
        @Version int version) {

    /** A new entry for a line, not yet saved. */
    public static CatalogueEntry create(Line line, String url, String title, @Nullable String summary,
            @Nullable String organisation, @Nullable Region region, @Nullable String themes,
            @Nullable String imageUrl, Instant now) {
        return new CatalogueEntry(null, line.eventId(), line.requireId(), url, title, summary, organisation, region,
                themes, imageUrl, now, now, 0);
    }

    /** This entry with another's text: a re-import keeps the id, the creation time and the version to save over. */
    CatalogueEntry updatedFrom(CatalogueEntry newer, Instant now) {
        return new CatalogueEntry(id, eventId, lineId, url, newer.title, newer.summary, newer.organisation,
                newer.region, newer.themes, newer.imageUrl, createdAt, now, version);
    }

    CatalogueEntry withUrl(String newUrl) {
        return new CatalogueEntry(id, eventId, lineId, newUrl, title, summary, organisation, region, themes, imageUrl,
                createdAt, updatedAt, version);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Catalogue entry is not saved");
        }
        return id;
    }
}
