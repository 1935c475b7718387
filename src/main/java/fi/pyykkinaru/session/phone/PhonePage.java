package fi.pyykkinaru.session.phone;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import java.text.NumberFormat;
import java.util.Locale;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * One session as its phone page shows it (templates in {@code src/main/jte/session/phone}): the session, its live
 * result, the choice this phone made, if any, and the questions to its speakers. The forms post back to
 * {@link #action()}. The result's median and distribution show from {@code minGroup} answers on
 * ({@link fi.pyykkinaru.privacy.SmallGroups}).
 */
record PhonePage(PhoneText text, Event event, Session session, FeedbackResult result, ZoneId zone,
        @Nullable CsrfToken csrf, @Nullable Score current, QuestionBoard questions, int minGroup) {

    /** Whether the median and distribution show: with fewer answers they would tell how those few voted. */
    boolean shown() {
        return result.count() >= minGroup;
    }

    String action() {
        return "/s/" + session.token();
    }

    /**
     * When and where, in the event's time zone and as the page's language writes it: "2.12.2026 15.00–16.00 ·
     * Sali C", "2 dec. 2026 15:00–16:00", "2 Dec 2026 15:00–16:00" (British English: a visitor at a Finnish event
     * must not read 12/2/26 as a day in February, nor count in a.m. and p.m.).
     */
    String when() {
        Locale format = switch (text.lang()) {
            case "en" -> Locale.UK;
            case "sv" -> Locale.of("sv", "FI");
            default -> Locale.of(text.lang(), "FI");
        };
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(format);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(format);
        ZonedDateTime start = session.startsAt().atZone(zone);
        String when = date.format(start) + " " + time.format(start) + "–" + time.format(session.endsAt().atZone(zone));
        return session.room() == null ? when : when + " · " + session.room();
    }

    /** The median as people read it: "1", "0,5" in Finnish and Swedish, "0.5" in English; none before any answer. */
    @Nullable String median() {
        if (result.median().isEmpty()) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMaximumFractionDigits(1);
        return format.format(result.median().getAsDouble());
    }

    long answers(Score score) {
        return result.distribution().getOrDefault(score, 0L);
    }

    long percent(Score score) {
        long count = result.count();
        return count == 0 ? 0 : Math.round(100.0 * answers(score) / count);
    }
}
