package fi.pyykkinaru.kiosk;

/**
 * A visitor screen that shows a stand's content: on a screen still waiting for pairing, or with no event, the
 * visitor gets the screen's set-up page instead, never an error.
 */
public interface NeedsStand {
}
