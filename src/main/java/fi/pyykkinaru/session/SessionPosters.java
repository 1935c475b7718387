package fi.pyykkinaru.session;

import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.Paper;
import fi.pyykkinaru.printing.PdfFonts;
import fi.pyykkinaru.printing.PdfQr;
import fi.pyykkinaru.printing.PdfText;
import fi.pyykkinaru.printing.PrintDocument;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Session posters for the door of the room: the title, time and room, and a QR code big enough to scan from
 * across a corridor, with the call to give feedback in the stand's three languages; all of them at once as one PDF
 * with a page per session. The programme itself is a document of its own (ProgrammePdf).
 */
@Service
public class SessionPosters {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d.M.yyyy", Locale.of("fi"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");

    private final SessionAddresses addresses;
    private final PrintQueue queue;
    private final Translations translations;
    private final Clock clock;

    SessionPosters(SessionAddresses addresses, PrintQueue queue, Translations translations, Clock clock) {
        this.addresses = addresses;
        this.queue = queue;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * One session's poster. {@code base} is the server's address for phones ({@link
     * fi.pyykkinaru.kiosk.PublicAddress#base()}, read on the request's thread).
     */
    public byte[] poster(Session session, Paper paper, String base) {
        return render(List.of(session), paper, List.of(addresses.feedbackUrl(session, base)), done -> { });
    }

    /** Every session's poster in one PDF, a page each, for putting them up on the doors. */
    public byte[] allPosters(List<Session> sessions, Paper paper, String base, IntConsumer progress) {
        return render(sessions, paper, sessions.stream().map(s -> addresses.feedbackUrl(s, base)).toList(), progress);
    }

    /** The programme in {@code locale}: every session by day and time, each with its small QR code and code. */
    public byte[] programme(List<Session> sessions, String eventName, Locale locale, String base, IntConsumer progress) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("No sessions in the programme");
        }
        return ProgrammePdf.render(translations, Translations.supported(locale), clock.getZone(), eventName, sessions,
                sessions.stream().map(s -> addresses.feedbackUrl(s, base)).toList(), progress);
    }

    /** Queues a poster; a second print of the same poster must be a {@link PrintQueue#reprint}. */
    public PrintJob print(Session session, Paper paper, String base) {
        return print(session, paper, base, null);
    }

    /** As {@link #print(Session, Paper, String)}, to the A4 printer of the stand it was asked at (null: none). */
    public PrintJob print(Session session, Paper paper, String base, @Nullable String printer) {
        return queue.submit(new PrintDocument(PrintKind.POSTER, "poster:" + session.token() + ":" + paper.media(),
                session.title(), paper.media(), poster(session, paper, base)), false, printer);
    }

    public PrintJob printProgramme(List<Session> sessions, String eventName, Locale locale, String base,
            IntConsumer progress) {
        return printProgramme(sessions, eventName, locale, base, progress, null);
    }

    /** The programme to the A4 printer of the stand it was asked at (null: none). */
    public PrintJob printProgramme(List<Session> sessions, String eventName, Locale locale, String base,
            IntConsumer progress, @Nullable String printer) {
        byte[] pdf = programme(sessions, eventName, locale, base, progress);
        // The event in the subject lets its removal take this event's programmes only; the time keeps each print apart.
        return queue.submit(new PrintDocument(PrintKind.PROGRAMME,
                programmeSubjectPrefix(sessions.getFirst().eventId()) + clock.instant().toEpochMilli(),
                eventName + " (" + sessions.size() + ")", Paper.A4.media(), pdf), false, printer);
    }

    /** How the subjects of an event's programme prints begin. */
    static String programmeSubjectPrefix(long eventId) {
        return "programme:" + eventId + ":";
    }

    private byte[] render(List<Session> sessions, Paper paper, List<String> urls, IntConsumer progress) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("No sessions to print");
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setCreator("Pyykkinaru");
            document.getDocumentInformation().setTitle(sessions.size() == 1 ? sessions.getFirst().title() : "Ohjelma");
            PDType0Font bold = PdfFonts.bold(document);
            PDType0Font regular = PdfFonts.regular(document);
            for (int i = 0; i < sessions.size(); i++) {
                page(document, paper, sessions.get(i), urls.get(i), bold, regular);
                progress.accept(i + 1);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(PDDocument document, Paper paper, Session session, String url, PDType0Font bold,
            PDType0Font regular) throws IOException {
        PDPage page = new PDPage(paper.rectangle());
        document.addPage(page);
        float scale = paper.widthMm() / 210f;
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        float margin = Paper.mm(18 * scale);
        float textWidth = width - 2 * margin;
        ZonedDateTime start = session.startsAt().atZone(clock.getZone());
        ZonedDateTime end = session.endsAt().atZone(clock.getZone());
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.setNonStrokingColor(0.114f, 0.208f, 0.341f);
            content.addRect(0, height - Paper.mm(12 * scale), width, Paper.mm(12 * scale));
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            float y = height - Paper.mm(24 * scale);
            String when = DAY.format(start) + "  " + TIME.format(start) + "–" + TIME.format(end)
                    + (session.room() == null ? "" : "  ·  " + session.room());
            y = PdfText.draw(content, regular, PdfText.fit(regular, PdfFonts.printable(regular, when), textWidth,
                    18 * scale, 10 * scale, 2), margin, y, textWidth, false);
            y = PdfText.draw(content, bold, PdfText.fit(bold, PdfFonts.printable(bold, session.title()), textWidth,
                    44 * scale, 24 * scale, 3), margin, y - Paper.mm(6 * scale), textWidth, false);
            if (session.organisation() != null) {
                y = PdfText.draw(content, regular, PdfText.fit(regular, PdfFonts.printable(regular, session.organisation()),
                        textWidth, 18 * scale, 10 * scale, 2), margin, y - Paper.mm(3 * scale), textWidth, false);
            }
            float qr = Math.min(Paper.mm(120 * scale), y - Paper.mm(70 * scale) - margin);
            qr = Math.max(qr, PdfQr.minimumSize(url));
            float qrY = margin + Paper.mm(42 * scale);
            PdfQr.draw(content, url, (width - qr) / 2, qrY, qr);
            float below = qrY - Paper.mm(2 * scale);
            for (Locale locale : Translations.LOCALES) {
                below = PdfText.draw(content, locale == Translations.FINNISH ? bold : regular,
                        PdfText.fit(regular, translations.getTranslation("poster.call", locale), textWidth, 20 * scale,
                                12 * scale, 1), margin, below, textWidth, true) - Paper.mm(1 * scale);
            }
            String typed = translations.getTranslation("poster.code", Translations.FINNISH, url.replaceFirst("/s/[^/]+$", "/s"),
                    session.token());
            PdfText.draw(content, regular, PdfText.fit(regular, typed, textWidth, 12 * scale, 8 * scale, 2), margin,
                    below - Paper.mm(2 * scale), textWidth, true);
        }
    }
}
