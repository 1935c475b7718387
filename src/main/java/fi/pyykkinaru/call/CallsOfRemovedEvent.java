package fi.pyykkinaru.call;

import fi.pyykkinaru.event.EventHoldings;
import fi.pyykkinaru.event.EventRemoving;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An event's calls go with it: proposals with their answers and reviews, jury members, the calls themselves. */
@Component
class CallsOfRemovedEvent implements EventHoldings {

    private final CallRepository calls;
    private final ProposalRepository proposals;
    private final ReviewRepository reviews;
    private final JuryMemberRepository jury;

    CallsOfRemovedEvent(CallRepository calls, ProposalRepository proposals, ReviewRepository reviews,
            JuryMemberRepository jury) {
        this.calls = calls;
        this.proposals = proposals;
        this.reviews = reviews;
        this.jury = jury;
    }

    @EventListener
    @Order(15)
    void on(EventRemoving removing) {
        for (Proposal proposal : proposals.findByEventId(removing.eventId())) {
            reviews.deleteAll(reviews.findByProposalId(proposal.requireId()));
            proposals.delete(proposal);
        }
        for (Call call : calls.findByEventIdOrderByOpensAtAsc(removing.eventId())) {
            jury.deleteAll(jury.findByCallIdOrderByName(call.requireId()));
            calls.delete(call);
        }
    }

    @Override
    public List<Holding> held(long eventId) {
        return List.of(new Holding("event.holding.proposals", proposals.findByEventId(eventId).size()));
    }
}
