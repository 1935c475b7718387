package fi.pyykkinaru.kiosk;

/**
 * What a stand screen shows: a stand's wall ({@link StandOnScreen}), its pairing code while staff have not yet said
 * which of the event's stands it is ({@link Pairing}), or, with no event at all, a calm "not set up yet"
 * ({@link NotSetUp}).
 */
public sealed interface OnScreen permits StandOnScreen, OnScreen.Pairing, OnScreen.NotSetUp {

    /** The current event has several stands and staff have not paired this screen with one of them. */
    record Pairing(String eventName) implements OnScreen {
    }

    /** No event exists yet: nothing to show visitors, a way in for staff. */
    record NotSetUp() implements OnScreen {
    }
}
