package fi.pyykkinaru.event;

import java.util.List;

/**
 * What one feature holds of an event, counted, so that the question before an event is removed says in numbers
 * what goes with it. Each feature that deletes its rows on {@link EventRemoving} says here what they are.
 */
public interface EventHoldings {

    /** One kind of thing and how many: {@code key} is a message key taking the count, e.g. "{0} slips". */
    record Holding(String key, long count) {
    }

    List<Holding> held(long eventId);
}
