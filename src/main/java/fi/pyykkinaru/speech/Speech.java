package fi.pyykkinaru.speech;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Utterances as WAV, the short ones kept: headings and button names come back again and again, each visitor
 * hearing the same screens. Only short texts are kept (a slip's own words are said once and forgotten), and only
 * a few, in memory.
 */
@Component
class Speech {

    static final int CACHED_CHARS = 120;
    private static final int CACHED_UTTERANCES = 64;

    private final Espeak espeak;
    private final Map<Utterance, byte[]> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Utterance, byte[]> eldest) {
            return size() > CACHED_UTTERANCES;
        }
    };

    Speech(Espeak espeak) {
        this.espeak = espeak;
    }

    boolean available() {
        return espeak.available();
    }

    byte[] wav(Utterance utterance) throws Espeak.SpeechFailed {
        synchronized (recent) {
            byte[] known = recent.get(utterance);
            if (known != null) {
                return known;
            }
        }
        byte[] wav = espeak.wav(utterance);
        if (utterance.text().length() <= CACHED_CHARS) {
            synchronized (recent) {
                recent.put(utterance, wav);
            }
        }
        return wav;
    }
}
