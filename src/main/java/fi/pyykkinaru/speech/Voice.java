package fi.pyykkinaru.speech;

import java.util.Locale;
import java.util.Optional;

/** The espeak-ng voices of the stand's languages; plain Finnish (selkokieli) is spoken with the Finnish voice. */
enum Voice {
    FI("fi"), SV("sv"), EN("en");

    final String espeakName;

    Voice(String espeakName) {
        this.espeakName = espeakName;
    }

    /** By a language tag as the page has it ({@code fi}, {@code sv-FI}, {@code en}); only its language counts. */
    static Optional<Voice> of(String languageTag) {
        String language = Locale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
        for (Voice voice : values()) {
            if (voice.espeakName.equals(language)) {
                return Optional.of(voice);
            }
        }
        return Optional.empty();
    }

    String languageTag() {
        return espeakName;
    }
}
