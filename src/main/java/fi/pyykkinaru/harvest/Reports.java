package fi.pyykkinaru.harvest;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.text.PlainText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of an event and their follow-up: made from the practices pegged on the clothesline, mended,
 * merged, hidden, handed round the production team, and moved step by step to publication.
 */
@Service
public class Reports {

    private final ReportRepository reports;
    private final TeamRepository team;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Reports(ReportRepository reports, TeamRepository team, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.team = team;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes a report of every practice on the wall that has none yet (held and hidden slips are not reports);
     * returns how many were made. The clothesline's tables are read directly: this is a report of them.
     */
    @Transactional
    public int sync(Event event) {
        record Practice(long id, String title, @Nullable String body, @Nullable String organisation, @Nullable String contact) {
        }
        List<Practice> fresh = jdbc.sql("select s.id, s.title, s.body, s.organisation, s.owner_contact from slip s "
                        + "join clothesline l on l.id = s.line_id where s.event_id = ? and l.kind = 'PRACTICE' "
                        + "and s.status = 'PUBLISHED' and not exists (select 1 from report_slip r where r.slip_id = s.id) "
                        + "order by s.id")
                .param(event.id())
                .query((rs, row) -> new Practice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        String language = event.locales().getFirst().getLanguage();
        for (Practice practice : fresh) {
            reports.save(new Report(null, event.id(), practice.title(), practice.body(), practice.organisation(),
                    practice.contact(), language, ReportStatus.NEW, null, null, null, null, null, null, false,
                    clock.instant(), Set.of(new ReportSlip(practice.id())), 0));
        }
        return fresh.size();
    }

    @Transactional(readOnly = true)
    public List<Report> of(long eventId) {
        return reports.findByEventIdOrderById(eventId);
    }

    @Transactional(readOnly = true)
    public Report get(long id) {
        return reports.findById(id).orElseThrow(() -> new NoSuchElementException("No report " + id));
    }

    /** Mends a report's text (typos, a clearer title); the slips stay as the visitors wrote them. */
    @Transactional
    public Report edit(long id, String title, @Nullable String body, @Nullable String organisation,
            @Nullable String contact, String language) {
        if (title.isBlank() || PlainText.length(title) > 240) {
            throw new InvalidFollowUpException("report.error.title");
        }
        Report saved = reports.save(get(id).withText(title.strip(), blank(body), blank(organisation), blank(contact), language));
        audit.record("write.edit", "report " + id);
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
        audit.record("report.merge", "report " + keepId + " ← " + duplicateIds);
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
        return assignment.size();
    }

    @Transactional
    public Report assign(long reportId, long memberId) {
        Report report = get(reportId);
        Report assigned = report.withAssignee(memberId);
        return reports.save(report.status() == ReportStatus.NEW ? assigned.with(ReportStatus.ASSIGNED, clock.instant()) : assigned);
    }

    /**
     * Moves a report to a step, with what that step needs: the received text, the publishing date, the
     * publication's address and date, or the reason to decline.
     */
    @Transactional
    public Report move(long id, ReportStatus status, @Nullable String text, @Nullable LocalDate date,
            @Nullable String url, @Nullable String reason) {
        Report report = get(id);
        Report next = switch (status) {
            case TEXT_RECEIVED -> {
                require(text, "report.error.text");
                yield report.withFollowUp(text.strip(), report.scheduledFor(), null, null, null);
            }
            case SCHEDULED -> {
                require(date, "report.error.date");
                yield report.withFollowUp(report.receivedText(), date, null, null, null);
            }
            case PUBLISHED -> {
                require(url, "report.error.url");
                if (!url.strip().matches("https?://\\S+")) {
                    throw new InvalidFollowUpException("report.error.url");
                }
                yield report.withFollowUp(report.receivedText(), report.scheduledFor(), url.strip(),
                        date == null ? LocalDate.now(clock) : date, null);
            }
            case DECLINED -> {
                require(reason, "report.error.reason");
                yield report.withFollowUp(report.receivedText(), null, null, null, reason.strip());
            }
            default -> report;
        };
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
        return team.save(new TeamMember(null, eventId, name.strip(), blank(email), false, position, 0));
    }

    @Transactional
    public TeamMember setAbsent(long memberId, boolean absent) {
        return team.save(team.findById(memberId).orElseThrow().withAbsent(absent));
    }

    private static void require(@Nullable String value, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidFollowUpException(key);
        }
    }

    private static void require(@Nullable LocalDate value, String key) {
        if (value == null) {
            throw new InvalidFollowUpException(key);
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
