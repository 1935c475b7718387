package fi.pyykkinaru.clothesline;

/** An event's lines changed (added, edited, reordered, opened or closed): open walls redraw their lines. */
public record LinesChanged(long eventId) {
}
