package fi.pyykkinaru.harvest;

import fi.pyykkinaru.event.EventRemoving;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An event's bench-café briefs, and their prints in the queue, go with the event; before its slips and lines, which
 * the briefs point at.
 */
@Component
class BriefsOfRemovedEvent {

    private final BenchBriefRepository briefs;
    private final PrintQueue queue;

    BriefsOfRemovedEvent(BenchBriefRepository briefs, PrintQueue queue) {
        this.briefs = briefs;
        this.queue = queue;
    }

    @EventListener
    @Order(10)
    void on(EventRemoving removing) {
        briefs.deleteAll(briefs.findByEventId(removing.eventId()));
        String prefix = BenchBriefs.subjectPrefix(removing.eventId());
        queue.forget(PrintKind.BRIEF, queue.subjects(PrintKind.BRIEF).stream().filter(s -> s.startsWith(prefix)).toList());
    }
}
