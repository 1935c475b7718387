package fi.pyykkinaru.kiosk;

/** A visitor screen that takes something new (a slip, a registration): once the event is over it leads to the wall. */
public interface TakesInput extends NeedsStand {
}
