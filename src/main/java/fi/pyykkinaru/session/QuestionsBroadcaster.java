package fi.pyykkinaru.session;

import fi.pyykkinaru.live.Subscribers;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells every open presenter screen of a session that its questions changed, once the change is committed. */
@Component
public class QuestionsBroadcaster implements DisposableBean {

    private final Subscribers screens = new Subscribers();

    public Subscribers.Subscription subscribe(long sessionId, Runnable onChange) {
        return screens.subscribe(sessionId, ignored -> onChange.run());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QuestionsChanged changed) {
        screens.tell(changed.sessionId(), changed.sessionId());
    }

    @Override
    public void destroy() {
        screens.close();
    }
}
