package fi.pyykkinaru.clothesline;

/**
 * A line's catalogue entries changed, or a slip on the line was linked to an entry or unlinked: walls showing the
 * line draw it again.
 */
public record CatalogueChanged(long eventId, long lineId) {
}
