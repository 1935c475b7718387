package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.storage.StorageHealth;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pegging slips on lines, moderating them, and reading the wall. */
@Service
public class Slips {

    private final SlipRepository slips;
    private final LineRepository lines;
    private final Events events;
    private final ProfanityList profanity;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    private final StorageHealth storage;
    private final CatalogueEntryRepository entries;

    Slips(SlipRepository slips, LineRepository lines, Events events, ProfanityList profanity,
            ApplicationEventPublisher publisher, Clock clock, StorageHealth storage, CatalogueEntryRepository entries) {
        this.storage = storage;
        this.entries = entries;
        this.slips = slips;
        this.lines = lines;
        this.events = events;
        this.profanity = profanity;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The problems a form should show before the visitor may peg the draft; empty when it may. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(Line line, SlipDraft draft) {
        // As the line is now: it may have been closed since the visitor's form was drawn.
        Line current = line.id() == null ? line : lines.findById(line.requireId()).orElse(line);
        List<FieldProblem> closed = refusal(current);
        if (!closed.isEmpty()) {
            return closed;
        }
        return SlipRules.check(draft.forLine(current), current.kind(), themeCodes(event(current)));
    }

    /**
     * Pegs a slip; when this returns, the slip is on disk. It hangs on the wall at once or waits for review,
     * as the event's moderation policy says.
     */
    @Transactional
    public Slip peg(long lineId, SlipDraft draft, @Nullable String stand) {
        storage.requireWritable();
        Line line = lines.findById(lineId).orElseThrow(() -> new NoSuchElementException("No line " + lineId));
        List<FieldProblem> closed = refusal(line);
        if (!closed.isEmpty()) {
            throw new InvalidSlipException(closed);
        }
        Event event = event(line);
        SlipDraft kept = draft.forLine(line);
        if (kept.catalogueEntryId() != null && entries.findById(kept.catalogueEntryId())
                .filter(entry -> entry.eventId() == line.eventId()).isEmpty()) {
            // An entry removed while the visitor wrote (or another event's): the report stands without the link.
            kept = kept.linkedTo(null);
        }
        List<FieldProblem> problems = SlipRules.check(kept, line.kind(), themeCodes(event));
        if (!problems.isEmpty()) {
            throw new InvalidSlipException(problems);
        }
        SlipStatus status = moderate(event.moderation(), kept);
        Slip saved = slips.save(Slip.from(kept, line, status, stand, clock.instant()));
        publisher.publishEvent(new SlipPegged(saved.eventId(), saved.lineId(), saved.requireId(), status));
        return saved;
    }

    @Transactional(readOnly = true)
    public WallPage wallPage(Line line, int page, int pageSize) {
        long id = line.requireId();
        List<WallSlip> shown = slips.findByLineIdAndStatusOrderByIdDesc(id, SlipStatus.PUBLISHED,
                PageRequest.of(page, pageSize)).stream().map(WallSlip::of).toList();
        return new WallPage(line, shown, slips.countByLineIdAndStatus(id, SlipStatus.PUBLISHED), page, pageSize);
    }

    /** A slip as the wall shows it, if it hangs there. */
    @Transactional(readOnly = true)
    public Optional<WallSlip> published(long slipId) {
        return slips.findById(slipId).filter(s -> s.status() == SlipStatus.PUBLISHED).map(WallSlip::of);
    }

    @Transactional(readOnly = true)
    public List<Slip> withStatus(long eventId, SlipStatus status, int limit) {
        return slips.findByEventIdAndStatusOrderByIdDesc(eventId, status, PageRequest.of(0, limit));
    }

    /**
     * Forgets how to reach the reported party of these slips: the message asking them for a text promises it once
     * their report is published or declined. The reporter's own name and e-mail stay until the retention purge.
     */
    @Transactional
    public void forgetOwnerContact(Collection<Long> slipIds) {
        slips.findAllById(slipIds).stream().filter(slip -> slip.ownerContact() != null)
                .forEach(slip -> slips.save(slip.withoutOwnerContact()));
    }

    /** Staff hide, unhide or approve a slip. */
    @Transactional
    public Slip changeStatus(long slipId, SlipStatus status) {
        Slip slip = slips.findById(slipId).orElseThrow(() -> new NoSuchElementException("No slip " + slipId));
        if (slip.status() == status) {
            return slip;
        }
        Slip changed = slips.save(slip.withStatus(status));
        publisher.publishEvent(new SlipStatusChanged(changed.eventId(), changed.lineId(), slipId, status));
        return changed;
    }

    /** A closed line takes no new slips; a catalogue line's entries come from the catalogue, never from visitors. */
    private static List<FieldProblem> refusal(Line line) {
        if (line.kind() == LineKind.CATALOGUE) {
            return List.of(FieldProblem.of(SlipField.LINE, "slip.error.catalogue"));
        }
        if (!line.accepting()) {
            return List.of(FieldProblem.of(SlipField.LINE, "slip.error.closed"));
        }
        return List.of();
    }

    private SlipStatus moderate(ModerationPolicy policy, SlipDraft draft) {
        return switch (policy) {
            case PUBLISH -> SlipStatus.PUBLISHED;
            case HOLD_ALL -> SlipStatus.HELD;
            // a text left out reads to the filter as an empty one
            case FILTER -> profanity.matches(Objects.requireNonNullElse(draft.title(), ""),
                    Objects.requireNonNullElse(draft.body(), ""), Objects.requireNonNullElse(draft.organisation(), ""))
                    ? SlipStatus.HELD : SlipStatus.PUBLISHED;
        };
    }

    private Event event(Line line) {
        return events.find(line.eventId()).orElseThrow(() -> new NoSuchElementException("No event " + line.eventId()));
    }

    private static Set<String> themeCodes(Event event) {
        return event.themes().stream().map(Theme::code).collect(Collectors.toSet());
    }
}
