package fi.pyykkinaru.session.phone;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the phone pages only show and which changes seldom (the session, the event's name, the closing questions'
 * offer), kept a moment instead of read from the database on every page: in a profile of phones voting, reading the
 * event was a fifth of the server's work, the session an eighth and the offer a tenth. An organiser's change shows on the phones within
 * {@code life}. Nothing a vote depends on is kept here.
 */
final class Recent<K, V> {

    private static final int MOST = 1_000;

    private record Kept<V>(V value, long at) {
    }

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final long lifeNanos;

    Recent(Duration life) {
        this.lifeNanos = life.toNanos();
    }

    V get(K key, Function<K, V> read) {
        long now = System.nanoTime();
        Kept<V> found = kept.get(key);
        if (found != null && now - found.at() < lifeNanos) {
            return found.value();
        }
        V value = read.apply(key);
        if (kept.size() >= MOST) {
            kept.clear();
        }
        kept.put(key, new Kept<>(value, now));
        return value;
    }
}
