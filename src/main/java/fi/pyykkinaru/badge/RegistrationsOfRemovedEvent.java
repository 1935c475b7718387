package fi.pyykkinaru.badge;

import fi.pyykkinaru.event.EventHoldings;
import fi.pyykkinaru.event.EventRemoving;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An event's registrations, and their badges and the event's badge sheets in the print queue, go with the event. */
@Component
class RegistrationsOfRemovedEvent implements EventHoldings {

    private final RegistrationRepository registrations;
    private final BadgePrinting badges;

    RegistrationsOfRemovedEvent(RegistrationRepository registrations, BadgePrinting badges) {
        this.registrations = registrations;
        this.badges = badges;
    }

    @EventListener
    @Order(30)
    void on(EventRemoving removing) {
        List<Registration> ofEvent = registrations.findByEvent(removing.eventId());
        badges.forgetOfEvent(ofEvent, removing.eventId());
        registrations.deleteAll(ofEvent);
    }

    @Override
    public List<Holding> held(long eventId) {
        return List.of(new Holding("event.holding.registrations", registrations.findByEvent(eventId).size()));
    }
}
