package fi.pyykkinaru.session;

import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.Paper;
import fi.pyykkinaru.printing.PdfFonts;
import fi.pyykkinaru.printing.PdfQr;
import fi.pyykkinaru.printing.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The programme as one A4 document in one language: every session by day and time with its room, its responsible
 * person and a small QR code to its feedback page with the code beside it, as many pages as it takes.
 */
final class ProgrammePdf {

    private static final float MARGIN = Paper.mm(16);
    private static final float[] NAVY = {0.114f, 0.208f, 0.341f};
    private static final float GAP = Paper.mm(3);

    private final Translations translations;
    private final Locale locale;
    private final ZoneId zone;
    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final float width = Paper.A4.rectangle().getWidth();
    private final float height = Paper.A4.rectangle().getHeight();
    private @Nullable PDPageContentStream content;
    private float y;
    private int pages;

    private ProgrammePdf(Translations translations, Locale locale, ZoneId zone) {
        this.translations = translations;
        this.locale = locale;
        this.zone = zone;
        regular = PdfFonts.regular(document);
        bold = PdfFonts.bold(document);
    }

    static byte[] render(Translations translations, Locale locale, ZoneId zone, String eventName, List<Session> sessions,
            List<String> urls, IntConsumer progress) {
        ProgrammePdf pdf = new ProgrammePdf(translations, locale, zone);
        try (pdf.document) {
            return pdf.draw(eventName, sessions, urls, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] draw(String eventName, List<Session> sessions, List<String> urls, IntConsumer progress) throws IOException {
        String title = translations.getTranslation("programme.pdf.title", locale, eventName);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Pyykkinaru");
        newPage();
        text(bold, title, 20, 2, NAVY);
        text(regular, translations.getTranslation("programme.pdf.call", locale), 11, 2, null);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        @Nullable LocalDate shown = null;
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            ZonedDateTime start = session.startsAt().atZone(zone);
            if (!start.toLocalDate().equals(shown)) {
                shown = start.toLocalDate();
                // A day's heading never ends a page alone: room for it and the first session below it.
                ensure(30 + rowHeight(urls.get(i)));
                y -= 8;
                text(bold, capitalised(day.format(start)), 14, 4, NAVY);
                rule(0.8f);
            }
            row(session, time.format(start) + "–" + time.format(session.endsAt().atZone(zone)), urls.get(i));
            progress.accept(i + 1);
        }
        close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private void row(Session session, String when, String url) throws IOException {
        float qr = PdfQr.minimumSize(url);
        ensure(rowHeight(url));
        float top = y - GAP;
        // Wide enough for "10:00 AM–11:00 AM" on one line.
        float timeWidth = Paper.mm(38);
        float textLeft = MARGIN + timeWidth;
        float textWidth = width - MARGIN - qr - GAP - textLeft;
        PDPageContentStream page = page();
        PdfText.draw(page, bold, PdfText.fit(bold, PdfFonts.printable(bold, when), timeWidth - GAP, 10.5f, 7, 2), MARGIN, top,
                timeWidth - GAP, false);
        float below = PdfText.draw(page, bold, PdfText.fit(bold, PdfFonts.printable(bold, session.title()), textWidth, 12, 8, 3),
                textLeft, top, textWidth, false);
        String details = Stream.of(
                        session.room() == null ? null : translations.getTranslation("programme.pdf.room", locale, session.room()),
                        responsible(session))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("  ·  "));
        if (!details.isEmpty()) {
            below = PdfText.draw(page, regular, PdfText.fit(regular, PdfFonts.printable(regular, details), textWidth, 9.5f, 7, 2),
                    textLeft, below - 2, textWidth, false);
        }
        below = PdfText.draw(page, regular, PdfText.fit(regular, translations.getTranslation("programme.pdf.code", locale,
                session.token()), textWidth, 9.5f, 7, 1), textLeft, below - 2, textWidth, false);
        PdfQr.draw(page, url, width - MARGIN - qr, top - qr, qr);
        y = Math.min(top - qr, below) - GAP;
        rule(0.3f);
    }

    private @Nullable String responsible(Session session) {
        String who = Stream.of(session.responsibleName(), session.organisation()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        return who.isEmpty() ? null : translations.getTranslation("programme.pdf.responsible", locale, who);
    }

    private static float rowHeight(String url) {
        // The QR code, or the most text a row can hold: three lines of title, two of details and the code.
        return Math.max(PdfQr.minimumSize(url), 80) + 2 * GAP;
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private void text(PDType0Font font, String text, float size, float after, float @Nullable [] colour) throws IOException {
        List<String> lines = PdfText.wrap(font, PdfFonts.printable(font, text), width - 2 * MARGIN, size);
        ensure(lines.size() * size * 1.3f);
        PDPageContentStream page = page();
        if (colour != null) {
            page.setNonStrokingColor(colour[0], colour[1], colour[2]);
        }
        y = PdfText.draw(page, font, new PdfText.Fitted(lines, size, size * 1.3f), MARGIN, y, width - 2 * MARGIN, false) - after;
        page.setNonStrokingColor(0f, 0f, 0f);
    }

    private void rule(float thickness) throws IOException {
        PDPageContentStream page = page();
        page.setStrokingColor(0.6f, 0.6f, 0.6f);
        page.setLineWidth(thickness);
        page.moveTo(MARGIN, y);
        page.lineTo(width - MARGIN, y);
        page.stroke();
    }

    private void ensure(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private PDPageContentStream page() {
        if (content == null) {
            throw new IllegalStateException("No page open");
        }
        return content;
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(Paper.A4.rectangle());
        document.addPage(page);
        pages++;
        PDPageContentStream stream = new PDPageContentStream(document, page);
        stream.setNonStrokingColor(NAVY[0], NAVY[1], NAVY[2]);
        stream.addRect(0, height - Paper.mm(8), width, Paper.mm(8));
        stream.fill();
        stream.setNonStrokingColor(0.4f, 0.4f, 0.4f);
        stream.beginText();
        stream.setFont(regular, 8);
        stream.newLineAtOffset(width - MARGIN - 20, MARGIN / 2);
        stream.showText(String.valueOf(pages));
        stream.endText();
        stream.setNonStrokingColor(0f, 0f, 0f);
        content = stream;
        y = height - Paper.mm(8) - MARGIN * 0.8f;
    }

    private void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
