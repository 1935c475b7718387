package fi.pyykkinaru.kiosk;

import fi.pyykkinaru.live.Subscribers;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open stand screens, once committed, that a stand was saved or removed or a screen paired or revoked. Each
 * screen asks again what it shows and redraws only if that changed; a server has a handful of screens, so all hear
 * every change rather than keeping track of which screen shows which stand.
 */
@Component
public class ScreenBroadcaster implements DisposableBean {

    private static final long ALL = 0;

    private final Subscribers screens = new Subscribers();

    public Subscribers.Subscription subscribe(Runnable onChange) {
        return screens.subscribe(ALL, ignored -> onChange.run());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StandChanged changed) {
        screens.tell(ALL, changed.standId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ScreenPaired paired) {
        screens.tell(ALL, paired.screenId());
    }

    @Override
    public void destroy() {
        screens.close();
    }
}
