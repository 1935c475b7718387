package fi.pyykkinaru.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events known to this server. Saving an event another organiser changed meanwhile fails with Spring's
 * {@link org.springframework.dao.OptimisticLockingFailureException}: the second is told, not silently overwritten.
 */
@Service
public class Events {

    private final EventRepository repository;
    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<SetupPart> parts;
    private final ObjectProvider<EventHoldings> holdings;
    private final Clock clock;
    private final WarmUpEventIds warmUp;

    Events(EventRepository repository, ApplicationEventPublisher publisher, ObjectProvider<SetupPart> parts,
            ObjectProvider<EventHoldings> holdings, Clock clock, WarmUpEventIds warmUp) {
        this.warmUp = warmUp;
        this.repository = repository;
        this.publisher = publisher;
        this.parts = parts;
        this.holdings = holdings;
        this.clock = clock;
    }

    @Transactional
    public Event create(Event event) {
        return repository.save(event);
    }

    /** A new event from what an organiser typed; refused with every problem at once, the slug taken included. */
    @Transactional
    public Event create(EventDraft draft) {
        check(draft, null);
        return repository.save(Event.of(null, draft, null, false, false, 0));
    }

    /**
     * The event as the organiser changed it, on the version they saw: if someone saved it meanwhile, Spring's
     * {@link org.springframework.dao.OptimisticLockingFailureException} says so and nothing changes.
     */
    @Transactional
    public Event update(long eventId, int seenVersion, EventDraft draft) {
        Event current = get(eventId);
        check(draft, eventId);
        return repository.save(Event.of(eventId, draft, current.personalDataPurgedAt(), current.archived(),
                current.sample(), seenVersion));
    }

    /** Everything wrong with the draft, for an event with this id (null: a new one). */
    @Transactional(readOnly = true)
    public List<EventDraft.Problem> problems(EventDraft draft, @Nullable Long eventId) {
        List<EventDraft.Problem> problems = new ArrayList<>(draft.problems());
        repository.findBySlug(draft.slug().strip()).filter(other -> !Objects.equals(other.id(), eventId))
                .ifPresent(other -> problems.add(new EventDraft.Problem("slug", "event.error.slug-taken",
                        List.of(draft.slug().strip()))));
        return problems;
    }

    /** An archived event stays with its harvest, but is no stand's current event any more. */
    @Transactional
    public Event archive(long eventId, boolean archived) {
        return repository.save(get(eventId).withArchived(archived));
    }

    /**
     * Next year's edition, or a satellite event of a series: a new event with its own slug, names and dates, and
     * every feature's set-up of the old one (its {@link SetupPart}, in their order). Slips, votes and people stay.
     */
    @Transactional
    public Event copy(long eventId, String slug, String nameFi, @Nullable String nameSv, @Nullable String nameEn,
            LocalDate startsOn, LocalDate endsOn) {
        Event old = get(eventId);
        EventDraft draft = old.draft();
        EventDraft renamed = new EventDraft(slug, nameFi, nameSv, nameEn, startsOn, endsOn, draft.venue(),
                draft.timeZone(), draft.languages(), draft.moderation(), draft.themes(), draft.regions(),
                draft.retentionDays());
        check(renamed, null);
        Event copy = repository.save(Event.of(null, renamed, null, false, false, 0));
        for (SetupPart part : parts.orderedStream().sorted(Comparator.comparingInt(SetupPart::order)).toList()) {
            if (!part.key().equals(EventPart.KEY)) {
                part.apply(copy, part.export(old));
            }
        }
        return get(copy.requireId());
    }

    /**
     * Removes the event with everything in it: every feature deletes its own rows of it first
     * ({@link EventRemoving}, in this transaction), then its themes and the event go. One failure keeps it all.
     */
    @Transactional
    public void remove(long eventId) {
        Event event = get(eventId);
        publisher.publishEvent(new EventRemoving(eventId));
        repository.delete(event);
    }

    /** What goes with the event if it is removed, counted by each feature that holds something of it. */
    @Transactional(readOnly = true)
    public List<EventHoldings.Holding> holdings(long eventId) {
        return holdings.orderedStream().flatMap(h -> h.held(eventId).stream()).filter(h -> h.count() > 0).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Event> find(long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Event> bySlug(String slug) {
        return repository.findBySlug(slug).filter(e -> !warmUp.ids().contains(e.id()));
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return listed().isEmpty();
    }

    /** The sample event, while it exists. */
    @Transactional(readOnly = true)
    public Optional<Event> sample() {
        return listed().stream().filter(Event::sample).findFirst();
    }

    /**
     * The event running today, else the one that starts latest, archived ones left out: what a stand without a
     * chosen event shows.
     */
    @Transactional(readOnly = true)
    public Optional<Event> current() {
        LocalDate today = LocalDate.now(clock);
        List<Event> all = listed().stream().filter(e -> !e.archived()).toList();
        return all.stream().filter(e -> e.runsOn(today)).findFirst().or(() -> all.stream().findFirst());
    }

    /** Every event, the latest first. */
    @Transactional(readOnly = true)
    public List<Event> all() {
        return listed();
    }

    /** Every event but the phones' warm-up at start ({@link WarmUpEvent}), the latest first. */
    private List<Event> listed() {
        List<Long> hidden = warmUp.ids();
        return repository.findAllByOrderByStartsOnDesc().stream().filter(e -> !hidden.contains(e.id())).toList();
    }

    /** How many days after its last day the event's personal data is kept; null: until purged by hand. */
    @Transactional
    public Event setRetentionDays(long eventId, @Nullable Integer days) {
        return repository.save(get(eventId).withRetentionDays(days));
    }

    /** The events whose personal data is due to be purged by this day. */
    @Transactional(readOnly = true)
    public List<Event> personalDataDue(LocalDate today) {
        return listed().stream().filter(e -> e.personalDataDue(today)).toList();
    }

    /** The event's personal data was purged: the nightly run leaves it alone from now on. */
    @Transactional
    public Event personalDataPurged(long eventId, Instant at) {
        return repository.save(get(eventId).withPersonalDataPurgedAt(at));
    }

    /** Gives the event this set-up (the event's part of a set-up file or a copy), keeping its id and state. */
    @Transactional
    Event applySetup(Event event, EventDraft draft) {
        Event current = get(event.requireId());
        check(draft, current.id());
        return repository.save(Event.of(current.id(), draft, current.personalDataPurgedAt(), current.archived(),
                current.sample(), current.version()));
    }

    private void check(EventDraft draft, @Nullable Long eventId) {
        List<EventDraft.Problem> problems = problems(draft, eventId);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
    }

    private Event get(long eventId) {
        return repository.findById(eventId).orElseThrow(() -> new NoSuchElementException("No event " + eventId));
    }
}
