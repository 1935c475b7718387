package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The slips' personal data: the reporter's name and e-mail, the reported party's contact, and the consent. */
@Component
class SlipPersonalData implements PersonalData {

    private final SlipRepository slips;

    SlipPersonalData(SlipRepository slips) {
        this.slips = slips;
    }

    @Override
    public String kind() {
        return "SLIP";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        List<Slip> holding = slips.findAllById(slips.idsWithPersonalData(eventId));
        holding.forEach(slip -> slips.save(slip.withoutPersonalData()));
        return holding.size();
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return slips.idsWithPersonalData(eventId).size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return slips.findAllById(slips.idsNaming(PersonalData.contains(needle))).stream()
                .map(slip -> new Match(kind(), slip.requireId(), slip.title()))
                .sorted(Comparator.comparingLong(m -> Long.parseLong(m.ref()))).toList();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        slips.findById(Long.parseLong(ref)).ifPresent(slip -> slips.save(slip.withoutPersonalData()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return slips.findById(Long.parseLong(ref)).map(SlipPersonalData::fields).orElse(Map.of());
    }

    /** The whole slip, as the visitor wrote it and where it is. */
    static Map<String, Object> fields(Slip slip) {
        return PersonalData.fields("title", slip.title(), "text", slip.body(), "organisation", slip.organisation(),
                "whose_practice", slip.ownership(), "region", slip.region(),
                "themes", slip.themes().stream().map(SlipTheme::themeCode).sorted().toList(),
                "owner_contact", slip.ownerContact(), "reporter_name", slip.reporterName(),
                "reporter_email", slip.reporterEmail(), "consent_to_contact", slip.consent(), "status", slip.status(),
                "stand", slip.stand(), "pegged_at", slip.createdAt());
    }
}
