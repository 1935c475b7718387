package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.storage.StorageHealth;
import fi.pyykkinaru.text.PlainText;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Already here? Add your voice to it": +1s to slips on the wall and to catalogue entries, instead of a second slip of
 * the same practice. A comment is moderated as the event's slips are; the +1 counts at once, held comment or not, and
 * stops counting only when staff hide it.
 */
@Service
public class SlipVoices {

    public static final int COMMENT_MAX = 300;

    private final SlipVoiceRepository voices;
    private final SlipRepository slips;
    private final CatalogueEntryRepository entries;
    private final Events events;
    private final ProfanityList profanity;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final StorageHealth storage;

    SlipVoices(SlipVoiceRepository voices, SlipRepository slips, CatalogueEntryRepository entries, Events events,
            ProfanityList profanity, ApplicationEventPublisher publisher, JdbcClient jdbc, Clock clock,
            StorageHealth storage) {
        this.voices = voices;
        this.slips = slips;
        this.entries = entries;
        this.events = events;
        this.profanity = profanity;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
        this.storage = storage;
    }

    /** The problems of a comment before it may be sent; empty when it may (none is fine too). */
    public static List<FieldProblem> check(@Nullable String comment) {
        String tidied = tidy(comment);
        if (tidied == null) {
            return List.of();
        }
        int length = PlainText.length(tidied);
        if (length > COMMENT_MAX) {
            return List.of(FieldProblem.of(SlipField.BODY, "slip.error.too-long", COMMENT_MAX, length));
        }
        if (PlainText.hasControlCharacters(tidied, true)) {
            return List.of(FieldProblem.of(SlipField.BODY, "slip.error.control"));
        }
        return List.of();
    }

    /** A +1 to a slip that hangs on the wall; when this returns, it is on disk. */
    @Transactional
    public SlipVoice addToSlip(long slipId, @Nullable String comment, @Nullable String stand) {
        storage.requireWritable();
        Slip slip = slips.findById(slipId).filter(s -> s.status() == SlipStatus.PUBLISHED)
                .orElseThrow(() -> new NoSuchElementException("No slip on the wall " + slipId));
        SlipVoice saved = save(slip.eventId(), slipId, null, comment, stand);
        publisher.publishEvent(new SlipVoiced(slip.eventId(), slip.lineId(), slipId, null, saved.requireId(),
                saved.status()));
        return saved;
    }

    /** A +1 to a catalogue entry; when this returns, it is on disk. */
    @Transactional
    public SlipVoice addToEntry(long entryId, @Nullable String comment, @Nullable String stand) {
        storage.requireWritable();
        CatalogueEntry entry = entries.findById(entryId)
                .orElseThrow(() -> new NoSuchElementException("No catalogue entry " + entryId));
        SlipVoice saved = save(entry.eventId(), null, entryId, comment, stand);
        publisher.publishEvent(new SlipVoiced(entry.eventId(), entry.lineId(), null, entryId, saved.requireId(),
                saved.status()));
        return saved;
    }

    private SlipVoice save(long eventId, @Nullable Long slipId, @Nullable Long entryId, @Nullable String comment,
            @Nullable String stand) {
        List<FieldProblem> problems = check(comment);
        if (!problems.isEmpty()) {
            throw new InvalidSlipException(problems);
        }
        String kept = tidy(comment);
        Event event = events.find(eventId).orElseThrow(() -> new NoSuchElementException("No event " + eventId));
        SlipStatus status = kept == null ? SlipStatus.PUBLISHED : switch (event.moderation()) {
            case PUBLISH -> SlipStatus.PUBLISHED;
            case HOLD_ALL -> SlipStatus.HELD;
            case FILTER -> profanity.matches(kept) ? SlipStatus.HELD : SlipStatus.PUBLISHED;
        };
        return voices.save(new SlipVoice(null, eventId, slipId, entryId, kept, status, stand, clock.instant(), 0));
    }

    /** Slip id → its +1s, for the slips that have any. */
    @Transactional(readOnly = true)
    public Map<Long, Long> ofSlips(Collection<Long> slipIds) {
        return counts("slip_id", slipIds);
    }

    /** Catalogue entry id → its +1s, for the entries that have any. */
    @Transactional(readOnly = true)
    public Map<Long, Long> ofEntries(Collection<Long> entryIds) {
        return counts("catalogue_entry_id", entryIds);
    }

    /** The +1s of an event, to slips and to catalogue entries alike. */
    @Transactional(readOnly = true)
    public long ofEvent(long eventId) {
        return jdbc.sql("select count(*) from slip_voice where event_id = ? and status <> 'HIDDEN'").param(eventId)
                .query(Long.class).single();
    }

    /** The comments shown with a slip: published ones, oldest first. */
    @Transactional(readOnly = true)
    public List<String> commentsOfSlip(long slipId) {
        return comments(voices.findBySlipIdAndStatusOrderById(slipId, SlipStatus.PUBLISHED));
    }

    /** The comments shown with a catalogue entry: published ones, oldest first. */
    @Transactional(readOnly = true)
    public List<String> commentsOfEntry(long entryId) {
        return comments(voices.findByCatalogueEntryIdAndStatusOrderById(entryId, SlipStatus.PUBLISHED));
    }

    /** A +1's comment for staff to read: with the name of the slip or catalogue entry it stands behind. */
    public record Comment(long voiceId, String practice, String comment, SlipStatus status, java.time.Instant createdAt) {
    }

    /** The comments of the event's +1s with this status (held ones wait for staff), newest first. */
    @Transactional(readOnly = true)
    public List<Comment> comments(long eventId, SlipStatus status, int limit) {
        return jdbc.sql("select v.id, coalesce(s.title, e.title), v.comment, v.created_at from slip_voice v "
                        + "left join slip s on s.id = v.slip_id left join catalogue_entry e on e.id = v.catalogue_entry_id "
                        + "where v.event_id = ? and v.status = ? and v.comment is not null order by v.id desc limit ?")
                .params(eventId, status.name(), limit)
                .query((rs, row) -> new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), status,
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant())).list();
    }

    /** Staff approve or hide a comment; a hidden one's +1 no longer counts. */
    @Transactional
    public SlipVoice changeStatus(long voiceId, SlipStatus status) {
        SlipVoice voice = voices.findById(voiceId).orElseThrow(() -> new NoSuchElementException("No voice " + voiceId));
        if (voice.status() == status) {
            return voice;
        }
        SlipVoice changed = voices.save(voice.withStatus(status));
        long lineId = changed.slipId() != null
                ? slips.findById(changed.slipId()).map(Slip::lineId).orElse(0L)
                : entries.findById(java.util.Objects.requireNonNull(changed.catalogueEntryId()))
                        .map(CatalogueEntry::lineId).orElse(0L);
        publisher.publishEvent(new SlipVoiced(changed.eventId(), lineId, changed.slipId(), changed.catalogueEntryId(),
                voiceId, status));
        return changed;
    }

    private Map<Long, Long> counts(String column, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        jdbc.sql("select " + column + ", count(*) from slip_voice where " + column + " in (:ids) and status <> 'HIDDEN' "
                        + "group by " + column).param("ids", List.copyOf(ids))
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static List<String> comments(List<SlipVoice> found) {
        return found.stream().map(SlipVoice::comment).filter(java.util.Objects::nonNull).toList();
    }

    private static @Nullable String tidy(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String tidied = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return tidied.isEmpty() ? null : tidied;
    }
}
