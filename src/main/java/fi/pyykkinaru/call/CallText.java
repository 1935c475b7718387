package fi.pyykkinaru.call;

import fi.pyykkinaru.i18n.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The call pages' words and dates in one of the kiosk's languages, as the templates ask for them. */
record CallText(Locale locale, Translations translations) {

    String lang() {
        return locale.getLanguage();
    }

    String get(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /**
     * A moment as the page's language writes it, in the event's time zone: "2.12.2026 klo 15.00", "2 dec. 2026
     * 15:00", "2 Dec 2026 15:00" (British English, so that nobody reads 12/2 as February).
     */
    String dateTime(Instant instant, ZoneId zone) {
        var at = instant.atZone(zone);
        return date(at.toLocalDate()) + " " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(format())
                .format(at);
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(format()).format(day);
    }

    String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(format()).format(instant.atZone(zone));
    }

    private Locale format() {
        return switch (lang()) {
            case "en" -> Locale.UK;
            case "sv" -> Locale.of("sv", "FI");
            default -> Locale.of(lang(), "FI");
        };
    }

    /** A language's name as its own speakers write it at the start of a link: "Suomi", "Svenska", "English". */
    static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
