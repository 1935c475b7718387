package fi.pyykkinaru.event;

/** What happens to a new slip before it hangs on the wall. */
public enum ModerationPolicy {
    /** Every slip goes up at once. */
    PUBLISH,
    /** A slip goes up at once unless the profanity list matches it; then staff review it first. */
    FILTER,
    /** Staff approve every slip before it goes up. */
    HOLD_ALL
}
