package fi.pyykkinaru.harvest;

import fi.pyykkinaru.clothesline.SlipVoices;
import fi.pyykkinaru.i18n.Translations;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The +1s visitors added to slips and catalogue entries instead of writing the same practice again. */
@Component
class VoiceFigures implements HarvestFigures {

    private final SlipVoices voices;
    private final Translations translations;

    VoiceFigures(SlipVoices voices, Translations translations) {
        this.voices = voices;
        this.translations = translations;
    }

    @Override
    public List<Figure> figures(long eventId, Locale locale) {
        long count = voices.ofEvent(eventId);
        return count == 0 ? List.of() : List.of(new Figure(translations.getTranslation("reports.voices", locale),
                String.valueOf(count)));
    }
}
