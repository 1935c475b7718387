package fi.pyykkinaru.clothesline;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * "Take it with you": a catalogue entry on the 80 mm receipt printer, as {@link SlipReceipts} prints a slip. The
 * practice's name, who runs it and where, its summary, and the catalogue's address as text and as a QR code, so
 * that the visitor reads more later. As long as its text needs.
 */
@Service
public class CatalogueReceipts {

    static final float WIDTH_MM = 80;
    private static final float MARGIN = Paper.mm(5);
    private static final float QR = Paper.mm(36);
    // A receipt is a reminder, not the catalogue: a long summary is cut at a sentence or word near this.
    private static final int SUMMARY_LETTERS = 600;

    private final Catalogue catalogue;
    private final Lines lines;
    private final Translations translations;
    private final PrintQueue queue;
    private final Clock clock;

    CatalogueReceipts(Catalogue catalogue, Lines lines, Translations translations, PrintQueue queue, Clock clock) {
        this.catalogue = catalogue;
        this.lines = lines;
        this.translations = translations;
        this.queue = queue;
        this.clock = clock;
    }

    public byte[] receipt(long entryId, Locale locale) {
        CatalogueEntry entry = catalogue.find(entryId)
                .orElseThrow(() -> new NoSuchElementException("No catalogue entry " + entryId));
        String lineName = lines.find(entry.lineId()).map(l -> l.prompt().in(locale)).orElse("");
        List<String> facts = new ArrayList<>();
        if (entry.organisation() != null) {
            facts.add(entry.organisation());
        }
        if (entry.region() != null) {
            facts.add(translations.getTranslation(entry.region().labelKey(), locale));
        }
        return render(lineName, entry.title(), String.join(" · ", facts), shortened(entry.summary()),
                entry.themes(), translations.getTranslation("catalogue.receipt.more", locale), entry.url());
    }

    /**
     * Queues the receipt to the stand's receipt printer ({@code printer}; null: the settings file's). Every visitor
     * who asks takes their own copy: each print is a first print, not a reprint of the last visitor's.
     */
    public PrintJob print(long entryId, Locale locale, @Nullable String printer) {
        byte[] pdf = receipt(entryId, locale);
        float heightMm;
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            heightMm = document.getPage(0).getMediaBox().getHeight() / Paper.POINTS_PER_MM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = catalogue.find(entryId).map(CatalogueEntry::title).orElse("#" + entryId);
        return queue.submit(new PrintDocument(PrintKind.CATALOGUE, "catalogue:" + entryId + ":" + clock.millis(), title,
                new Paper(WIDTH_MM, Math.round(heightMm)).media(), pdf), false, printer);
    }

    private static @Nullable String shortened(@Nullable String summary) {
        if (summary == null || summary.length() <= SUMMARY_LETTERS) {
            return summary;
        }
        String cut = summary.substring(0, SUMMARY_LETTERS);
        int sentence = cut.lastIndexOf(". ");
        int end = sentence > SUMMARY_LETTERS / 2 ? sentence + 1 : Math.max(cut.lastIndexOf(' '), SUMMARY_LETTERS / 2);
        return cut.substring(0, end).strip() + (sentence > SUMMARY_LETTERS / 2 ? "" : " …");
    }

    static byte[] render(String lineName, String titleText, String factsText, @Nullable String summary,
            @Nullable String themes, String more, String url) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setCreator("Pyykkinaru");
            document.getDocumentInformation().setTitle(titleText);
            PDType0Font bold = PdfFonts.bold(document);
            PDType0Font regular = PdfFonts.regular(document);
            float width = Paper.mm(WIDTH_MM) - 2 * MARGIN;
            PdfText.Fitted line = PdfText.fit(regular, PdfFonts.printable(regular, lineName), width, 10, 8, 3);
            PdfText.Fitted title = PdfText.fit(bold, PdfFonts.printable(bold, titleText), width, 18, 12, 6);
            PdfText.Fitted facts = factsText.isBlank() ? null
                    : PdfText.fit(regular, PdfFonts.printable(regular, factsText), width, 10, 8, 3);
            PdfText.Fitted body = summary == null ? null
                    : new PdfText.Fitted(PdfText.wrap(regular, PdfFonts.printable(regular, summary), width, 9), 9, 9 * 1.2f);
            PdfText.Fitted themeLine = themes == null ? null
                    : PdfText.fit(regular, PdfFonts.printable(regular, themes), width, 8, 8, 3);
            PdfText.Fitted moreLine = PdfText.fit(bold, PdfFonts.printable(bold, more), width, 10, 8, 2);
            // An address breaks anywhere: it has no spaces to wrap at.
            PdfText.Fitted address = new PdfText.Fitted(breakAnywhere(regular, PdfFonts.printable(regular, url), width, 8), 8, 8 * 1.2f);
            float gap = Paper.mm(2);
            float height = MARGIN + line.height() + Paper.mm(3) + title.height() + gap
                    + (facts == null ? 0 : facts.height() + gap)
                    + (body == null ? 0 : body.height() + gap)
                    + (themeLine == null ? 0 : themeLine.height() + gap)
                    + Paper.mm(2) + moreLine.height() + gap + QR + gap + address.height() + MARGIN;
            PDPage page = new PDPage(new Paper(WIDTH_MM, (float) Math.ceil(height / Paper.POINTS_PER_MM)).rectangle());
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = PdfText.draw(content, regular, line, MARGIN, y, width, false) - Paper.mm(3);
                y = PdfText.draw(content, bold, title, MARGIN, y, width, false) - gap;
                if (facts != null) {
                    y = PdfText.draw(content, regular, facts, MARGIN, y, width, false) - gap;
                }
                if (body != null) {
                    y = PdfText.draw(content, regular, body, MARGIN, y, width, false) - gap;
                }
                if (themeLine != null) {
                    y = PdfText.draw(content, regular, themeLine, MARGIN, y, width, false) - gap;
                }
                y -= Paper.mm(2);
                y = PdfText.draw(content, bold, moreLine, MARGIN, y, width, false) - gap;
                PdfQr.draw(content, url, MARGIN + (width - QR) / 2, y - QR, QR);
                y -= QR + gap;
                PdfText.draw(content, regular, address, MARGIN, y, width, false);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> breakAnywhere(PDType0Font font, String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            current.append(text.charAt(i));
            if (font.getStringWidth(current.toString()) / 1000 * size > width) {
                current.setLength(current.length() - 1);
                lines.add(current.toString());
                current.setLength(0);
                current.append(text.charAt(i));
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }
}
