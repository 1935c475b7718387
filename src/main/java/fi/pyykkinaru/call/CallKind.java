package fi.pyykkinaru.call;

/** What a call asks for: programme sessions, a network's takeover of a stand for a slot, or pitches for a jury. */
public enum CallKind {
    SESSIONS, TAKEOVER, PITCH
}
