package fi.pyykkinaru.harvest;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports' personal data: the reported party's contact, the text they sent, and the reason their report was
 * declined. The report itself and its follow-up stay.
 */
@Component
class ReportPersonalData implements PersonalData {

    private final ReportRepository reports;
    private final TeamRepository team;

    ReportPersonalData(ReportRepository reports, TeamRepository team) {
        this.reports = reports;
        this.team = team;
    }

    @Override
    public String kind() {
        return "REPORT";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        List<Report> holding = reports.findAllById(reports.idsWithPersonalData(eventId));
        holding.forEach(report -> reports.save(report.withoutPersonalData()));
        return holding.size();
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return reports.idsWithPersonalData(eventId).size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return reports.findAllById(reports.idsNaming(PersonalData.contains(needle))).stream()
                .map(report -> new Match(kind(), report.requireId(), report.title()))
                .sorted(Comparator.comparingLong(m -> Long.parseLong(m.ref()))).toList();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        reports.findById(Long.parseLong(ref)).ifPresent(report -> reports.save(report.withoutPersonalData()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return reports.findById(Long.parseLong(ref)).map(this::fields).orElse(Map.of());
    }

    /** The whole report and its follow-up; the team member following it up by name, as the person would ask. */
    Map<String, Object> fields(Report report) {
        String assignee = report.assigneeId() == null ? null
                : team.findById(report.assigneeId()).map(TeamMember::name).orElse(null);
        return PersonalData.fields("title", report.title(), "text", report.body(), "organisation", report.organisation(),
                "contact", report.contact(), "contact_language", report.contactLanguage(), "status", report.status(),
                "followed_up_by", assignee, "received_text", report.receivedText(),
                "scheduled_for", report.scheduledFor(), "published_at", report.publishedUrl(),
                "published_on", report.publishedOn(), "declined_because", report.declinedReason(),
                "hidden", report.hidden(), "status_changed_at", report.statusChangedAt(),
                "slips", report.slips().stream().map(ReportSlip::slipId).sorted().toList());
    }
}
