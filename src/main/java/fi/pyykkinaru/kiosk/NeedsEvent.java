package fi.pyykkinaru.kiosk;

/** A staff page about the event: before any event exists, staff are led to set one up instead. */
public interface NeedsEvent {
}
