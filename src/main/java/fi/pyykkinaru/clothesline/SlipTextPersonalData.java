package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person named in what a visitor wrote on a slip. The retention purge keeps the slips' texts (they are the
 * practices the clothesline is for, shown to everyone on the wall), so a named person is found here and, on request,
 * the slip's headline and text are erased with its printed receipts; who reported it is {@link SlipPersonalData}'s.
 */
@Component
class SlipTextPersonalData implements PersonalData {

    private final SlipRepository slips;
    private final PrintQueue queue;

    SlipTextPersonalData(SlipRepository slips, PrintQueue queue) {
        this.slips = slips;
        this.queue = queue;
    }

    @Override
    public String kind() {
        return "SLIP_TEXT";
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
        return slips.findAllById(slips.idsWriting(PersonalData.contains(needle))).stream()
                .map(slip -> new Match(kind(), slip.requireId(), slip.title())).toList();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        slips.findById(Long.parseLong(ref)).ifPresent(slip -> {
            slips.save(slip.withoutText(ERASED));
            // The receipt's PDF and its job's title carry the headline.
            queue.forget(PrintKind.SLIP, List.of("slip:" + ref));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return slips.findById(Long.parseLong(ref)).map(SlipPersonalData::fields).orElse(Map.of());
    }
}
