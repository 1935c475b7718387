package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.live.Subscribers;
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

    private final Subscribers walls = new Subscribers();

    /** Calls {@code onLineChanged} with a line's id whenever the wall of that line changes. */
    public Subscribers.Subscription subscribe(long eventId, LongConsumer onLineChanged) {
        return walls.subscribe(eventId, onLineChanged);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SlipPegged pegged) {
        if (pegged.status() == SlipStatus.PUBLISHED) {
            walls.tell(pegged.eventId(), pegged.lineId());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SlipStatusChanged changed) {
        walls.tell(changed.eventId(), changed.lineId());
    }

    @Override
    public void destroy() {
        walls.close();
    }
}
