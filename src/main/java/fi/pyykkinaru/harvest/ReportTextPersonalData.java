package fi.pyykkinaru.harvest;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person named in a report's headline or text (copied from the slip, maybe mended). The retention purge keeps
 * the reports' texts, which the production team publishes over many weeks; on request they are erased here.
 */
@Component
class ReportTextPersonalData implements PersonalData {

    private final ReportRepository reports;
    private final ReportPersonalData report;

    ReportTextPersonalData(ReportRepository reports, ReportPersonalData report) {
        this.reports = reports;
        this.report = report;
    }

    @Override
    public String kind() {
        return "REPORT_TEXT";
    }

    @Override
    public int purge(long eventId) {
        return 0;
    }

    @Override
    public int holding(long eventId) {
        return 0;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return reports.findAllById(reports.idsWriting(PersonalData.contains(needle))).stream()
                .map(found -> new Match(kind(), found.requireId(), found.title())).toList();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        reports.findById(Long.parseLong(ref)).ifPresent(found -> reports.save(found.withoutText(ERASED)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return reports.findById(Long.parseLong(ref)).map(report::fields).orElse(Map.of());
    }
}
