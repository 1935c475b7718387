package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue entries of events' catalogue lines, and visitors' reports linked to them. */
@Service
public class Catalogue {

    private final CatalogueEntryRepository entries;
    private final SlipRepository slips;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Catalogue(CatalogueEntryRepository entries, SlipRepository slips, JdbcClient jdbc, ApplicationEventPublisher publisher,
            Clock clock, AuditLog audit) {
        this.audit = audit;
        this.entries = entries;
        this.slips = slips;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CatalogueEntry> ofLine(long lineId) {
        return entries.findByLineIdOrderByTitle(lineId);
    }

    @Transactional(readOnly = true)
    public List<CatalogueEntry> ofEvent(long eventId) {
        return entries.findByEventIdOrderByTitle(eventId);
    }

    @Transactional(readOnly = true)
    public Optional<CatalogueEntry> find(long id) {
        return entries.findById(id);
    }

    /** Saves an entry; one whose URL its line already has updates that one instead of adding a second. */
    @Transactional
    public CatalogueEntry save(CatalogueEntry entry) {
        CatalogueEntry saved;
        if (entry.id() != null) {
            saved = entries.save(entry);
        } else {
            saved = entries.save(entries.findByLineIdAndUrl(entry.lineId(), entry.url())
                    .map(known -> known.updatedFrom(entry, clock.instant()))
                    .orElse(entry));
        }
        audit.record(entry.id() == null ? "catalogue.add" : "catalogue.edit", "entry " + saved.id() + " (line " + saved.lineId() + ")");
        publisher.publishEvent(new CatalogueChanged(saved.eventId(), saved.lineId()));
        return saved;
    }

    /**
     * What is wrong with the draft as an entry of the line: its own problems, and a URL that another entry of the
     * line already has ({@code editing}: the entry being edited, null for a new one).
     */
    @Transactional(readOnly = true)
    public List<CatalogueProblem> check(Line line, @Nullable Long editing, CatalogueDraft draft) {
        List<CatalogueProblem> problems = new ArrayList<>(draft.problems());
        if (draft.url() != null && problems.stream().noneMatch(p -> p.field() == CatalogueField.URL)) {
            entries.findByLineIdAndUrl(line.requireId(), draft.url())
                    .filter(other -> editing == null || other.requireId() != editing)
                    .ifPresent(other -> problems.add(new CatalogueProblem(0, CatalogueField.URL,
                            "catalogue.problem.url-taken", List.of(other.title()))));
        }
        return problems;
    }

    /** A new entry typed by hand; a URL the line already has is refused by {@link #check}, not merged. */
    @Transactional
    public CatalogueEntry add(Line line, CatalogueDraft draft) {
        requireValid(line, null, draft);
        return save(draft.toEntry(line, clock.instant()));
    }

    /** The entry with the organiser's edits, over the version they saw (a newer one is an optimistic lock failure). */
    @Transactional
    public CatalogueEntry update(CatalogueEntry seen, CatalogueDraft draft, Line line) {
        requireValid(line, seen.requireId(), draft);
        CatalogueEntry typed = draft.toEntry(line, clock.instant());
        return save(seen.updatedFrom(typed, clock.instant()).withUrl(typed.url()));
    }

    private void requireValid(Line line, @Nullable Long editing, CatalogueDraft draft) {
        List<CatalogueProblem> problems = check(line, editing, draft);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Catalogue entry not valid: " + problems);
        }
    }

    /** Removes the entry; reports that pointed at it stay, no longer linked. */
    @Transactional
    public void remove(long entryId) {
        entries.findById(entryId).ifPresent(entry -> {
            jdbc.sql("update slip set catalogue_entry_id = null where catalogue_entry_id = ?").param(entryId).update();
            // Visitors' +1s to the entry go with it: they were to this entry, not to any report.
            jdbc.sql("delete from slip_voice where catalogue_entry_id = ?").param(entryId).update();
            entries.delete(entry);
            audit.record("catalogue.remove", "entry " + entryId + " (line " + entry.lineId() + ")");
            publisher.publishEvent(new CatalogueChanged(entry.eventId(), entry.lineId()));
        });
    }

    /** Links a visitor's report to the catalogue entry of the practice it reports, or unlinks it (null). */
    @Transactional
    public void link(long slipId, @Nullable Long entryId) {
        Slip slip = slips.findById(slipId).orElseThrow();
        if (entryId != null) {
            CatalogueEntry entry = entries.findById(entryId).orElseThrow();
            if (entry.eventId() != slip.eventId()) {
                throw new IllegalArgumentException("Entry " + entryId + " is not of the slip's event");
            }
        }
        slips.save(slip.withCatalogueEntry(entryId));
        publisher.publishEvent(new CatalogueChanged(slip.eventId(), slip.lineId()));
    }

    /** The catalogue entry a report is linked to, if any. */
    @Transactional(readOnly = true)
    public Optional<CatalogueEntry> ofSlip(long slipId) {
        return slips.findById(slipId).map(Slip::catalogueEntryId).flatMap(entries::findById);
    }

    /** Which of these reports are linked to a catalogue entry: one query for a page of the wall. */
    @Transactional(readOnly = true)
    public Set<Long> linked(Collection<Long> slipIds) {
        if (slipIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from slip where catalogue_entry_id is not null and id in (:ids)")
                .param("ids", slipIds).query(Long.class).list());
    }
}
