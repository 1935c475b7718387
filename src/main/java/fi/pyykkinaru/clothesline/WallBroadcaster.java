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
    private final Subscribers lineSets = new Subscribers();

    /** Calls {@code onLineChanged} with a line's id whenever the wall of that line changes. */
    public Subscribers.Subscription subscribe(long eventId, LongConsumer onLineChanged) {
        return walls.subscribe(eventId, onLineChanged);
    }

    /** Calls {@code onLinesChanged} whenever the event's lines change (added, edited, reordered, opened, closed). */
    public Subscribers.Subscription subscribeLines(long eventId, Runnable onLinesChanged) {
        return lineSets.subscribe(eventId, ignored -> onLinesChanged.run());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LinesChanged changed) {
        lineSets.tell(changed.eventId(), 0);
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

    @TransactionalEventListener(fallbackExecution = true)
    void on(CatalogueChanged changed) {
        walls.tell(changed.eventId(), changed.lineId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SlipVoiced voiced) {
        walls.tell(voiced.eventId(), voiced.lineId());
    }

    @Override
    public void destroy() {
        walls.close();
        lineSets.close();
    }
}
