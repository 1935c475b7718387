package fi.pyykkinaru.session.phone;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * One session as its phone page shows it (templates in {@code src/main/jte/session/phone}): the session, its live
 * result, and the choice this phone made, if any. The forms post back to {@link #action()}.
 */
record PhonePage(PhoneText text, Event event, Session session, FeedbackResult result, ZoneId zone,
        @Nullable CsrfToken csrf, @Nullable Score current) {

    String action() {
        return "/s/" + session.token();
    }

    /** When and where, as the phone's language writes it: "23.11.2026 12.00 · Sali C". */
    String when() {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(text.locale());
        String when = time.format(session.startsAt().atZone(zone));
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
