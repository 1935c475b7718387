package fi.pyykkinaru.event;

/**
 * An event is about to be removed with everything in it (the sample event, or a test run): published inside the
 * removing transaction, so each feature deletes its own rows of this event, and nothing of another event, before
 * the event row goes. A listener that fails rolls the whole removal back.
 */
public record EventRemoving(long eventId) {
}
