package fi.pyykkinaru.privacy;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal data kept only as long as needed. Per event, the names, e-mails and contacts of reporters, reported
 * parties and registrants are purged a set number of days after the event (the reports, slips' texts and counts
 * stay), and on request everything about one person is found and erased. Each feature forgets what it holds
 * ({@link PersonalData}); both go to the audit log.
 */
@Service
public class Privacy {

    private static final Logger LOG = LoggerFactory.getLogger(Privacy.class);
    private static final int MIN_NEEDLE = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, PersonalData> owners = new LinkedHashMap<>();
    private final Events events;
    private final AuditLog audit;
    private final TransactionOperations transactions;
    private final Clock clock;

    Privacy(List<PersonalData> owners, Events events, AuditLog audit, TransactionOperations transactions, Clock clock) {
        for (PersonalData owner : owners) {
            if (this.owners.putIfAbsent(owner.kind(), owner) != null) {
                throw new IllegalStateException("Two owners answer for personal data of kind " + owner.kind());
            }
        }
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The kinds of record that hold personal data, each labelled {@code privacy.kind.<kind>}. */
    public Set<String> kinds() {
        return Set.copyOf(owners.keySet());
    }

    /** Days after the event's last day that its personal data is kept; null: until purged by hand. */
    @Transactional
    public void setRetentionDays(long eventId, @Nullable Integer days) {
        if (days != null && (days < 0 || days > Event.MAX_RETENTION_DAYS)) {
            throw new InvalidRetentionException("privacy.error.days");
        }
        events.setRetentionDays(eventId, days);
        audit.record("retention.set", "event " + eventId + ": " + (days == null ? "none" : days + " days"));
    }

    public @Nullable Integer retentionDays(long eventId) {
        return events.find(eventId).map(Event::retentionDays).orElse(null);
    }

    /**
     * Every night, and when the server starts (before the phones' warm-up, not in the first burst of phones after it):
     * purge the events whose time is up. Each event in a transaction
     * of its own, so that one that fails (say, a record changed under the purge) waits for the next run without
     * holding the others back.
     */
    @Scheduled(cron = "0 15 3 * * *")
    @EventListener(ApplicationStartedEvent.class)
    public void purgeDue() {
        for (Event event : events.personalDataDue(LocalDate.now(clock))) {
            try {
                transactions.executeWithoutResult(status -> purge(event.requireId()));
                LOG.info("Purged the personal data of event {} ({} days after it ended)", event.id(), event.retentionDays());
            } catch (RuntimeException e) {
                LOG.warn("Could not purge the personal data of event {}; trying again at the next run", event.id(), e);
            }
        }
    }

    /** Purges the event's personal data now; returns the number of records changed. */
    @Transactional
    public int purge(long eventId) {
        int changed = owners.values().stream().mapToInt(owner -> owner.purge(eventId)).sum();
        events.personalDataPurged(eventId, clock.instant());
        audit.record("retention.purge", "event " + eventId + ": " + changed + " records");
        return changed;
    }

    /**
     * What a purge of the event would change now, by kind of record in a stable order (kinds holding nothing
     * included), so that the organiser confirms it in numbers.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> holding(long eventId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        owners.values().forEach(owner -> counts.put(owner.kind(), owner.holding(eventId)));
        return counts;
    }

    /** Everything that names or reaches this person (a name, an e-mail or a phone number, any case). */
    @Transactional(readOnly = true)
    public List<Match> find(String person) {
        // Wildcards go before the length check: "%%%" would otherwise find everyone.
        String needle = person.strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
        if (needle.length() < MIN_NEEDLE) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        owners.values().forEach(owner -> matches.addAll(owner.find(needle)));
        return matches;
    }

    /** Erases the person's data in the places found (and confirmed); the slips and reports themselves stay. */
    @Transactional
    public void erase(List<Match> confirmed) {
        confirmed.forEach(match -> owner(match).erase(match.ref()));
        audit.record("erase", targets(confirmed));
    }

    /**
     * The person's access request (GDPR art. 15): everything the records found hold, each record whole, as one
     * readable JSON file. The search text is in it, so that the person sees what they were found by; the audit
     * log keeps only which records were handed over, not who asked.
     */
    @Transactional
    public byte[] accessRequest(String person, List<Match> found, Function<String, String> kindLabel) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("searched_for", person.strip());
        file.put("made_at", clock.instant().toString());
        file.put("records", found.stream().map(match -> {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("kind", match.kind());
            record.put("what", kindLabel.apply(match.kind()));
            record.put("id", match.ref());
            record.put("fields", owner(match).handOver(match.ref()));
            return record;
        }).toList());
        byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
        audit.record("access.request", targets(found));
        return json;
    }

    private PersonalData owner(Match match) {
        PersonalData owner = owners.get(match.kind());
        if (owner == null) {
            throw new IllegalArgumentException("No owner answers for personal data of kind " + match.kind());
        }
        return owner;
    }

    /** Kinds and ids only: the audit log must not keep the personal data it records the handling of. */
    private static String targets(List<Match> matches) {
        return matches.size() + " records: " + matches.stream()
                .map(m -> m.kind().toLowerCase(Locale.ROOT) + " " + m.ref()).toList();
    }
}
