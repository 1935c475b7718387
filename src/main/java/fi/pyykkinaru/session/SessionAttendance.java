package fi.pyykkinaru.session;

import org.jspecify.annotations.Nullable;

/**
 * How many followed a session on site and remotely, as staff counted them; either may be not counted (null), which
 * is not the same as nobody. The version tells a second person entering the same session that someone came first.
 */
public record SessionAttendance(long sessionId, @Nullable Integer onSite, @Nullable Integer remote, int version) {

    /** More than any hall or stream of these events holds; a larger number is a typing slip. */
    public static final int MAX = 100_000;

    public SessionAttendance {
        if (!valid(onSite) || !valid(remote)) {
            throw new IllegalArgumentException("Attendance is a whole number from 0 to " + MAX);
        }
    }

    /** Whether a typed count can be saved: empty (not counted) or 0…{@link #MAX}. */
    public static boolean valid(@Nullable Integer count) {
        return count == null || (count >= 0 && count <= MAX);
    }

    /** Nothing counted yet, for a session nobody has entered. */
    public static SessionAttendance none(long sessionId) {
        return new SessionAttendance(sessionId, null, null, 0);
    }

    public boolean counted() {
        return onSite != null || remote != null;
    }

    /** Everyone counted, on site and remote together; 0 when nothing is counted. */
    public int total() {
        return (onSite == null ? 0 : onSite) + (remote == null ? 0 : remote);
    }
}
