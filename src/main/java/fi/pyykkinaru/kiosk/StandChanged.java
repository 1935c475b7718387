package fi.pyykkinaru.kiosk;

/** A stand was saved or removed, or a screen paired or revoked: its open screens take the new settings live. */
public record StandChanged(long eventId, long standId) {
}
