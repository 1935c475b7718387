package fi.pyykkinaru.clothesline;

/** Staff hid, unhid or approved a slip. */
public record SlipStatusChanged(long eventId, long lineId, long slipId, SlipStatus status) {
}
