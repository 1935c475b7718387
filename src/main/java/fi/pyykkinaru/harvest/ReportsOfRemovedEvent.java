package fi.pyykkinaru.harvest;

import fi.pyykkinaru.event.EventHoldings;
import fi.pyykkinaru.event.EventRemoving;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An event's reports (with the links to their slips) and its production team go with the event. First of the
 * features: reports point at slips and at team members, which go after them.
 */
@Component
class ReportsOfRemovedEvent implements EventHoldings {

    private final ReportRepository reports;
    private final TeamRepository team;

    ReportsOfRemovedEvent(ReportRepository reports, TeamRepository team) {
        this.reports = reports;
        this.team = team;
    }

    @EventListener
    @Order(10)
    void on(EventRemoving removing) {
        reports.deleteAll(reports.findByEventIdOrderById(removing.eventId()));
        team.deleteAll(team.findByEventIdOrderByPosition(removing.eventId()));
    }

    @Override
    public List<Holding> held(long eventId) {
        return List.of(
                new Holding("event.holding.reports", reports.findByEventIdOrderById(eventId).size()),
                new Holding("event.holding.team", team.findByEventIdOrderByPosition(eventId).size()));
    }
}
