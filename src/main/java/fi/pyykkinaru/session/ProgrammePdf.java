package fi.pyykkinaru.session;

import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.PdfFlowDocument;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The programme as one A4 document in one language: every session by day and time with its room, its responsible
 * person and a small QR code to its feedback page with the code beside it, as many pages as it takes.
 */
final class ProgrammePdf {

    private final Translations translations;
    private final Locale locale;

    private ProgrammePdf(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    static byte[] render(Translations translations, Locale locale, ZoneId zone, String eventName, List<Session> sessions,
            List<String> urls, IntConsumer progress) {
        return new ProgrammePdf(translations, locale).draw(zone, eventName, sessions, urls, progress);
    }

    private byte[] draw(ZoneId zone, String eventName, List<Session> sessions, List<String> urls, IntConsumer progress) {
        String title = translations.getTranslation("programme.pdf.title", locale, eventName);
        try (PdfFlowDocument pdf = new PdfFlowDocument(title)) {
            pdf.title(title).paragraph(translations.getTranslation("programme.pdf.call", locale));
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
            @Nullable LocalDate shown = null;
            for (int i = 0; i < sessions.size(); i++) {
                Session session = sessions.get(i);
                ZonedDateTime start = session.startsAt().atZone(zone);
                if (!start.toLocalDate().equals(shown)) {
                    shown = start.toLocalDate();
                    pdf.heading(capitalised(day.format(start)), PdfFlowDocument.codedHeight(urls.get(i)));
                }
                pdf.coded(time.format(start) + "–" + time.format(session.endsAt().atZone(zone)), session.title(),
                        details(session), urls.get(i));
                progress.accept(i + 1);
            }
            return pdf.bytes();
        }
    }

    /** Room and responsible person on one line, then the code to type where the QR code cannot be scanned. */
    private List<String> details(Session session) {
        String where = Stream.of(
                        session.room() == null ? null : translations.getTranslation("programme.pdf.room", locale, session.room()),
                        responsible(session))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("  ·  "));
        String code = translations.getTranslation("programme.pdf.code", locale, session.token());
        return where.isEmpty() ? List.of(code) : List.of(where, code);
    }

    private @Nullable String responsible(Session session) {
        String who = Stream.of(session.responsibleName(), session.organisation()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        return who.isEmpty() ? null : translations.getTranslation("programme.pdf.responsible", locale, who);
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
