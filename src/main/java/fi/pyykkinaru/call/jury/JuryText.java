package fi.pyykkinaru.call.jury;

import fi.pyykkinaru.i18n.Translations;
import java.util.Locale;

/** The jury page's words in one of the app's languages, as the templates ask for them. */
record JuryText(Locale locale, Translations translations) {

    String lang() {
        return locale.getLanguage();
    }

    String get(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /** A language's name as its own speakers write it at the start of a link: "Suomi", "Svenska", "English". */
    static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
