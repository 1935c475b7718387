package fi.pyykkinaru.harvest;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reports' personal data: the reported party's contact. The report itself and its follow-up stay. */
@Component
class ReportPersonalData implements PersonalData {

    private final ReportRepository reports;

    ReportPersonalData(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public String kind() {
        return "REPORT";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        List<Report> holding = reports.findAllById(reports.idsWithContact(eventId));
        holding.forEach(report -> reports.save(report.withoutPersonalData()));
        return holding.size();
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return reports.idsWithContact(eventId).size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return reports.findAllById(reports.idsNaming(PersonalData.contains(needle))).stream()
                .map(report -> new Match(kind(), report.requireId(), report.title()))
                .sorted(Comparator.comparingLong(Match::id)).toList();
    }

    @Override
    @Transactional
    public void erase(long id) {
        reports.findById(id).ifPresent(report -> reports.save(report.withoutPersonalData()));
    }
}
