package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments visitors add to their +1s: free text that may name anyone. They go with the event's personal data
 * and on request; the +1s themselves, which name no one, still count.
 */
@Component
class VoicePersonalData implements PersonalData {

    private final SlipVoiceRepository voices;

    VoicePersonalData(SlipVoiceRepository voices) {
        this.voices = voices;
    }

    @Override
    public String kind() {
        return "VOICE";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        List<SlipVoice> holding = voices.findAllById(voices.idsWithComment(eventId));
        holding.forEach(voice -> voices.save(voice.withoutComment()));
        return holding.size();
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return voices.idsWithComment(eventId).size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return voices.findAllById(voices.idsWriting(PersonalData.contains(needle))).stream()
                .map(voice -> new Match(kind(), voice.requireId(), voice.comment() == null ? "" : voice.comment()))
                .toList();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        voices.findById(Long.parseLong(ref)).ifPresent(voice -> voices.save(voice.withoutComment()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return voices.findById(Long.parseLong(ref)).map(voice -> PersonalData.fields("comment", voice.comment(),
                "plus_one_to_slip", voice.slipId(), "plus_one_to_catalogue_entry", voice.catalogueEntryId(),
                "status", voice.status(), "stand", voice.stand(), "added_at", voice.createdAt())).orElse(Map.of());
    }
}
