package fi.pyykkinaru.session;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A value read from the database and kept in memory until it is forgotten or grows old. A read that began before a
 * forgetting is not kept (the generation moves on at each), so a change is never hidden by a read that missed it.
 */
final class KeptValue<T> {

    private final long freshNanos;
    private @Nullable T value;
    private long readAt;
    private long generation;

    KeptValue(long freshNanos) {
        this.freshNanos = freshNanos;
    }

    synchronized @Nullable T fresh() {
        return value != null && System.nanoTime() - readAt < freshNanos ? value : null;
    }

    /** Taken before reading, given back to {@link #keep}. */
    synchronized long generation() {
        return generation;
    }

    synchronized void keep(T read, long readInGeneration) {
        if (generation == readInGeneration) {
            value = read;
            readAt = System.nanoTime();
        }
    }

    /** Changes the kept value, if there is one, as a change known exactly moves it. */
    synchronized void update(UnaryOperator<T> change) {
        if (value != null) {
            value = change.apply(value);
        }
    }

    synchronized void forget() {
        value = null;
        generation++;
    }
}
