package fi.pyykkinaru.clothesline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open wall of an event which line changed, once the change is committed, so that a slip pegged
 * on one stand screen hangs on all of them within a second.
 */
@Component
public class WallBroadcaster implements DisposableBean {

    /** Stops the calls to a listener. */
    public interface Subscription {
        void cancel();
    }

    private final Map<Object, Listener> listeners = new ConcurrentHashMap<>();
    // Walls update off the committing thread: a visitor's "peg it" should not wait for other screens.
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());

    /** Calls {@code onLineChanged} with a line's id whenever the wall of that line changes. */
    public Subscription subscribe(long eventId, LongConsumer onLineChanged) {
        Object key = new Object();
        listeners.put(key, new Listener(eventId, onLineChanged));
        return () -> listeners.remove(key);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SlipPinned pinned) {
        if (pinned.status() == SlipStatus.PUBLISHED) {
            tell(pinned.eventId(), pinned.lineId());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SlipStatusChanged changed) {
        tell(changed.eventId(), changed.lineId());
    }

    private void tell(long eventId, long lineId) {
        listeners.values().stream().filter(l -> l.eventId() == eventId)
                .forEach(l -> executor.execute(() -> l.onLineChanged().accept(lineId)));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private record Listener(long eventId, LongConsumer onLineChanged) {
    }
}
