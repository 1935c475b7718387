package fi.pyykkinaru.printing;

import fi.pyykkinaru.live.Subscribers;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens that print jobs or printers changed: the staff queue hears of everything, a visitor's
 * thanks screen of its own badge only.
 */
@Component
public class PrintBroadcaster implements DisposableBean {

    private static final long QUEUE = 0;

    private final Subscribers queue = new Subscribers();
    private final Subscribers jobs = new Subscribers();

    /** Any job or printer changed. */
    public Subscribers.Subscription subscribeQueue(Runnable onChange) {
        return queue.subscribe(QUEUE, ignored -> onChange.run());
    }

    public Subscribers.Subscription subscribeJob(long jobId, Runnable onChange) {
        return jobs.subscribe(jobId, ignored -> onChange.run());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PrintJobChanged changed) {
        queue.tell(QUEUE, changed.jobId());
        jobs.tell(changed.jobId(), changed.jobId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(Printers.PrinterStatusChanged changed) {
        queue.tell(QUEUE, -1);
    }

    @Override
    public void destroy() {
        queue.close();
        jobs.close();
    }
}
