package fi.pyykkinaru.harvest;

import fi.pyykkinaru.clothesline.PracticeSlip;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.clothesline.SlipVoices;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.text.PlainText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of an event and their follow-up: made from the practices pegged on the clothesline, mended,
 * merged, hidden, handed round the production team, and moved step by step to publication.
 */
@Service
public class Reports {

    private final ReportRepository reports;
    private final TeamRepository team;
    private final Events events;
    private final AuditLog audit;
    private final Clock clock;

    private final SlipVoices voices;
    private final Slips slips;

    Reports(ReportRepository reports, TeamRepository team, Events events, AuditLog audit, Clock clock,
            SlipVoices voices, Slips slips) {
        this.voices = voices;
        this.slips = slips;
        this.reports = reports;
        this.team = team;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes the report of a practice on the wall unless a report holds its slip already (merged ones included);
     * true when one was made. Nested: when two callers race for the same slip, the unique index on the slip lets
     * one win, and the loser's insert is undone to its savepoint without spoiling the caller's transaction.
     */
    @Transactional(propagation = Propagation.NESTED)
    boolean reportOf(PracticeSlip practice) {
        if (reports.countSlip(practice.id()) > 0) {
            return false;
        }
        Event event = events.find(practice.eventId())
                .orElseThrow(() -> new NoSuchElementException("No event " + practice.eventId()));
        reports.save(new Report(null, event.requireId(), practice.title(), practice.body(), practice.organisation(),
                practice.ownerContact(), event.locales().getFirst().getLanguage(), ReportStatus.NEW, null, null, null,
                null, null, null, false, clock.instant(), Set.of(new ReportSlip(practice.id())), 0));
        return true;
    }

    /** The ids of the event's slips that some report holds. */
    @Transactional(readOnly = true)
    Set<Long> reportedSlips(long eventId) {
        return Set.copyOf(reports.findSlipIdsByEventId(eventId));
    }

    /**
     * The event's reports in the order their practices were pegged: reports are made off the pegging thread, a
     * few at a time, and the start's catch-up makes a lost one late, so their own ids need not keep that order.
     */
    @Transactional(readOnly = true)
    public List<Report> of(long eventId) {
        return reports.findByEventIdOrderById(eventId).stream()
                .sorted(Comparator.comparingLong(Reports::firstSlip)).toList();
    }

    /**
     * Report id → the +1s visitors added to its slips on the wall ("already here"), for the reports that have any: how
     * many more than its writer stand behind a practice.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> voices(List<Report> of) {
        Map<Long, Long> bySlip = voices.ofSlips(of.stream().flatMap(r -> r.slips().stream()).map(ReportSlip::slipId)
                .toList());
        Map<Long, Long> byReport = new java.util.HashMap<>();
        for (Report report : of) {
            long sum = report.slips().stream().mapToLong(s -> bySlip.getOrDefault(s.slipId(), 0L)).sum();
            if (sum > 0) {
                byReport.put(report.requireId(), sum);
            }
        }
        return byReport;
    }

    @Transactional(readOnly = true)
    public Report get(long id) {
        return reports.findById(id).orElseThrow(() -> new NoSuchElementException("No report " + id));
    }

    /**
     * Mends a report's text (typos, a clearer title); the slips stay as the visitors wrote them. The form's text
     * replaces the stored one whole, so it must be of the version the form was filled from: otherwise a contact
     * erased meanwhile (privacy) would come back from an organiser's open dialog.
     */
    @Transactional
    public Report edit(long id, int version, String title, @Nullable String body, @Nullable String organisation,
            @Nullable String contact, String language) {
        if (title.isBlank() || PlainText.length(title) > 240) {
            throw new InvalidFollowUpException("report.error.title");
        }
        Report current = get(id);
        if (current.version() != version) {
            throw new InvalidFollowUpException("report.error.changed");
        }
        Report saved = reports.save(current.withText(title.strip(), blank(body), blank(organisation), blank(contact), language));
        audit.record("report.edit", "report " + id);
        return saved;
    }

    @Transactional
    public Report hide(long id, boolean hidden) {
        Report saved = reports.save(get(id).withHidden(hidden));
        audit.record(hidden ? "report.hide" : "report.unhide", "report " + id);
        return saved;
    }

    /** The same practice reported several times becomes one report that remembers every slip. */
    @Transactional
    public Report merge(long keepId, List<Long> duplicateIds) {
        Report keep = get(keepId);
        Set<ReportSlip> slips = new HashSet<>(keep.slips());
        for (long duplicate : duplicateIds) {
            if (duplicate == keepId) {
                continue;
            }
            Report other = get(duplicate);
            if (other.eventId() != keep.eventId()) {
                throw new InvalidFollowUpException("report.error.merge-event");
            }
            slips.addAll(other.slips());
            reports.delete(other);
        }
        // Deleted first, so that each slip belongs to one report at every moment.
        Report merged = reports.save(keep.withSlips(slips));
        audit.record("report.merge", "report " + keepId + " ← report " + duplicateIds);
        return merged;
    }

    /** Hands every new, unassigned report round the present team, evenly; returns how many were handed out. */
    @Transactional
    public int assignNew(long eventId) {
        List<Report> all = of(eventId);
        List<Long> waiting = all.stream().filter(r -> r.status() == ReportStatus.NEW && r.assigneeId() == null && !r.hidden())
                .map(Report::requireId).toList();
        Map<Long, Integer> load = new HashMap<>();
        all.stream().filter(r -> r.assigneeId() != null).forEach(r -> load.merge(r.assigneeId(), 1, Integer::sum));
        Map<Long, Long> assignment = Rotation.assign(waiting, team.findByEventIdOrderByPosition(eventId), load);
        assignment.forEach((report, member) -> reports.save(get(report).withAssignee(member)
                .with(ReportStatus.ASSIGNED, clock.instant())));
        audit.record("report.assign-new", "event " + eventId + ": report " + assignment.keySet());
        return assignment.size();
    }

    @Transactional
    public Report assign(long reportId, long memberId) {
        Report report = get(reportId);
        Report assigned = report.withAssignee(memberId);
        audit.record("report.assign", "report " + reportId + " → member " + memberId);
        return reports.save(report.status() == ReportStatus.NEW ? assigned.with(ReportStatus.ASSIGNED, clock.instant()) : assigned);
    }

    /**
     * Moves a report to a step, with what that step needs: the received text, the publishing date, the
     * publication's address and date, or the reason to decline.
     */
    @Transactional
    public Report move(long id, ReportStatus status, @Nullable String text, @Nullable LocalDate date,
            @Nullable String url, @Nullable String reason) {
        try {
            Report moved = moveChecked(id, status, text, date, url, reason);
            audit.record("report.move." + status.name().toLowerCase(Locale.ROOT), "report " + id);
            return moved;
        } catch (InvalidFollowUpException refused) {
            audit.record("report.move." + status.name().toLowerCase(Locale.ROOT), "report " + id, AuditLog.Outcome.REFUSED);
            throw refused;
        }
    }

    private Report moveChecked(long id, ReportStatus status, @Nullable String text, @Nullable LocalDate date,
            @Nullable String url, @Nullable String reason) {
        Report report = get(id);
        Report next = switch (status) {
            case TEXT_RECEIVED -> {
                yield report.withFollowUp(required(text, "report.error.text").strip(), report.scheduledFor(), null, null, null);
            }
            case SCHEDULED -> {
                require(date, "report.error.date");
                yield report.withFollowUp(report.receivedText(), date, null, null, null);
            }
            case PUBLISHED -> {
                String address = required(url, "report.error.url").strip();
                if (!address.matches("https?://\\S+")) {
                    throw new InvalidFollowUpException("report.error.url");
                }
                yield report.withFollowUp(report.receivedText(), report.scheduledFor(), address,
                        date == null ? LocalDate.now(clock) : date, null);
            }
            case DECLINED -> {
                // They do not wish to take part: a text they had sent goes with their contact.
                yield report.withFollowUp(null, null, null, null, required(reason, "report.error.reason").strip());
            }
            default -> report;
        };
        if (status.finished()) {
            // Art. 14: the message to the reported party promises their contact goes once published or declined.
            slips.forgetOwnerContact(report.slips().stream().map(ReportSlip::slipId).toList());
            next = next.withoutContact();
        }
        return reports.save(next.with(status, clock.instant()));
    }

    /** A publishing calendar for the reports whose text has arrived: one a week from {@code from} on. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> proposeCalendar(long eventId, LocalDate from) {
        List<Report> all = of(eventId);
        Set<LocalDate> taken = new HashSet<>();
        all.stream().filter(r -> r.scheduledFor() != null && r.status() == ReportStatus.SCHEDULED)
                .forEach(r -> taken.add(r.scheduledFor()));
        List<Long> ready = all.stream().filter(r -> r.status() == ReportStatus.TEXT_RECEIVED && !r.hidden())
                .map(Report::requireId).toList();
        return Rotation.proposeWeeks(ready, from, taken);
    }

    @Transactional
    public void schedule(Map<Long, LocalDate> calendar) {
        calendar.forEach((report, day) -> move(report, ReportStatus.SCHEDULED, null, day, null, null));
    }

    @Transactional(readOnly = true)
    public List<TeamMember> team(long eventId) {
        return team.findByEventIdOrderByPosition(eventId);
    }

    @Transactional
    public TeamMember addMember(long eventId, String name, @Nullable String email) {
        if (name.isBlank() || PlainText.length(name) > 120) {
            throw new InvalidFollowUpException("team.error.name");
        }
        if (email != null && !email.isBlank() && !PlainText.isPlausibleEmail(email)) {
            throw new InvalidFollowUpException("register.error.email");
        }
        int position = team.findByEventIdOrderByPosition(eventId).stream().mapToInt(TeamMember::position).max().orElse(0) + 1;
        TeamMember added = team.save(new TeamMember(null, eventId, name.strip(), blank(email), false, position, 0));
        audit.record("team.add", "member " + added.id() + " (event " + eventId + ")");
        return added;
    }

    @Transactional
    public TeamMember setAbsent(long memberId, boolean absent) {
        audit.record(absent ? "team.absent" : "team.present", "member " + memberId);
        return team.save(team.findById(memberId).orElseThrow().withAbsent(absent));
    }

    private static String required(@Nullable String value, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidFollowUpException(key);
        }
        return value;
    }

    private static void require(@Nullable LocalDate value, String key) {
        if (value == null) {
            throw new InvalidFollowUpException(key);
        }
    }

    private static long firstSlip(Report report) {
        return report.slips().stream().mapToLong(ReportSlip::slipId).min().orElse(Long.MAX_VALUE);
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
