package fi.pyykkinaru.notice;

import fi.pyykkinaru.i18n.Translations;
import java.util.List;
import java.util.Locale;

/** The notice page's model ({@code src/main/jte/notice/page.jte}): the notice, its address and the language links. */
record NoticePage(PrivacyNotice notice, String action, String languagesLabel) {

    List<Locale> languages() {
        return Translations.LOCALES;
    }

    /** A language's name as its own speakers write it: "Suomi", "Svenska", "English". */
    static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
