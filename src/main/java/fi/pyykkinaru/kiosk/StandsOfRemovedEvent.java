package fi.pyykkinaru.kiosk;

import fi.pyykkinaru.event.EventHoldings;
import fi.pyykkinaru.event.EventRemoving;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An event's stands go with the event; the screens paired with them are unpaired first and show a new pairing
 * code, ready for a stand of another event.
 */
@Component
class StandsOfRemovedEvent implements EventHoldings {

    private final StandRepository stands;
    private final StandSlotRepository slots;
    private final Screens screens;
    private final ApplicationEventPublisher publisher;

    StandsOfRemovedEvent(StandRepository stands, StandSlotRepository slots, Screens screens,
            ApplicationEventPublisher publisher) {
        this.stands = stands;
        this.slots = slots;
        this.screens = screens;
        this.publisher = publisher;
    }

    @EventListener
    @Order(20)
    void on(EventRemoving removing) {
        List<Stand> ofEvent = stands.findByEventIdOrderByName(removing.eventId());
        for (Stand stand : ofEvent) {
            screens.of(stand.requireId()).forEach(screen -> screens.revoke(screen.requireId()));
        }
        slots.deleteAll(slots.findByEventIdOrderByStartsAt(removing.eventId()));
        stands.deleteAll(ofEvent);
        ofEvent.forEach(stand -> publisher.publishEvent(new StandChanged(removing.eventId(), stand.requireId())));
    }

    @Override
    public List<Holding> held(long eventId) {
        return List.of(new Holding("event.holding.stands", stands.findByEventIdOrderByName(eventId).size()));
    }
}
