package fi.pyykkinaru.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

/**
 * Open screens waiting to hear of changes, each under a key (an event, a session). Listeners are called off
 * the committing thread, so that the visitor whose change it was never waits for other screens.
 */
public final class Subscribers implements AutoCloseable {

    /** Stops the calls to a listener. */
    public interface Subscription {
        void cancel();
    }

    private final Map<Object, Entry> listeners = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());

    public Subscription subscribe(long key, LongConsumer listener) {
        Object handle = new Object();
        listeners.put(handle, new Entry(key, listener));
        return () -> listeners.remove(handle);
    }

    /** Calls every listener of {@code key} with {@code value}. */
    public void tell(long key, long value) {
        listeners.values().stream().filter(e -> e.key() == key)
                .forEach(e -> executor.execute(() -> e.listener().accept(value)));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private record Entry(long key, LongConsumer listener) {
    }
}
