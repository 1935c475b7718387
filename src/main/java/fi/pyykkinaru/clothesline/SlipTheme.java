package fi.pyykkinaru.clothesline;

/** A theme of the event's list that a slip is tagged with. */
public record SlipTheme(String themeCode) {
}
