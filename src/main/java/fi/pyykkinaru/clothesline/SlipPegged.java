package fi.pyykkinaru.clothesline;

/** A slip was pegged on a line; {@code status} says whether it hangs on the wall or waits for review. */
public record SlipPegged(long eventId, long lineId, long slipId, SlipStatus status) {
}
