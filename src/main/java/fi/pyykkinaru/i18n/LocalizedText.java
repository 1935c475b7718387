package fi.pyykkinaru.i18n;

import java.util.Locale;

/** A text that organisers enter in each of the kiosk's languages, such as a line's prompt. */
public record LocalizedText(String fi, String sv, String en) {

    public LocalizedText {
        if (fi == null || fi.isBlank()) {
            throw new IllegalArgumentException("A Finnish text is required");
        }
        sv = sv == null || sv.isBlank() ? fi : sv;
        en = en == null || en.isBlank() ? fi : en;
    }

    public String in(Locale locale) {
        return switch (Translations.supported(locale).getLanguage()) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
    }
}
