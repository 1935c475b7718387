package fi.pyykkinaru.harvest;

import fi.pyykkinaru.session.SessionAttendance;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Answers against the people who could have answered, as the events report it: "29 answers from 29 attending:
 * 13 on site, 16 remote (100 %)" for a session, "105 answers from about 300 visitors (35 %)" for the event.
 * The words come through a translator, so the harvest page and its PDFs say it the same way.
 */
public record ResponseRate(long answers, SessionAttendance attendance) {

    /** A translator of a key with its arguments, e.g. {@code (key, args) -> getTranslation(key, args)}. */
    public interface Words extends BiFunction<String, Object[], String> {
    }

    /** The session's rate in words; without attendance, the answers and that attendance is not entered. */
    public String describe(Words words, Locale locale) {
        Integer onSite = attendance.onSite();
        Integer remote = attendance.remote();
        String percent = percent(answers, attendance.total(), locale);
        if (onSite != null && remote != null) {
            return words.apply("harvest.rate.both", new Object[] {answers, attendance.total(), onSite, remote, percent});
        }
        if (onSite != null) {
            return words.apply("harvest.rate.on-site", new Object[] {answers, onSite, percent});
        }
        if (remote != null) {
            return words.apply("harvest.rate.remote", new Object[] {answers, remote, percent});
        }
        return words.apply("harvest.rate.none", new Object[] {answers});
    }

    /** The event's answers against its estimated visitors, or only the answers when nobody estimated them. */
    public static String describeEvent(long answers, java.util.Optional<Integer> visitors, Words words, Locale locale) {
        return visitors.map(v -> words.apply("harvest.rate.event", new Object[] {answers, v, percent(answers, v, locale)}))
                .orElseGet(() -> words.apply("harvest.rate.event.unknown", new Object[] {answers}));
    }

    /** The share in {@code locale}'s way ("35 %" in Finnish, "35%" in English), "–" when nobody was counted. */
    static String percent(long answers, int of, Locale locale) {
        if (of <= 0) {
            return "–";
        }
        return NumberFormat.getPercentInstance(locale).format((double) answers / of);
    }
}
