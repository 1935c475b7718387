package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.Comparator;
import java.util.List;
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
                .sorted(Comparator.comparingLong(Match::id)).toList();
    }

    @Override
    @Transactional
    public void erase(long id) {
        slips.findById(id).ifPresent(slip -> slips.save(slip.withoutPersonalData()));
    }
}
