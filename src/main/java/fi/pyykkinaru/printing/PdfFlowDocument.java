package fi.pyykkinaru.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A flowing A4 document for summaries and letters: headings, paragraphs, tables and bar charts, onto as many
 * pages as they need. Text is wrapped, never cut off; characters the font lacks become question marks.
 */
public final class PdfFlowDocument implements AutoCloseable {

    private static final float MARGIN = Paper.mm(18);
    private static final float BODY = 10.5f;
    private static final float[] NAVY = {0.114f, 0.208f, 0.341f};
    private static final float GAP = Paper.mm(3);

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final float width;
    private final float height;
    private PDPageContentStream content;
    private float y;
    private int pages;

    public PdfFlowDocument(String title) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Pyykkinaru");
        regular = PdfFonts.regular(document);
        bold = PdfFonts.bold(document);
        width = Paper.A4.rectangle().getWidth();
        height = Paper.A4.rectangle().getHeight();
        content = newPage();
    }

    public PdfFlowDocument title(String text) {
        return text(bold, text, 20, NAVY, 6);
    }

    public PdfFlowDocument heading(String text) {
        return heading(text, 0);
    }

    /** A heading that never ends a page alone: {@code keepWithNext} points of what follows fit below it. */
    public PdfFlowDocument heading(String text, float keepWithNext) {
        space(14);
        ensure(40 + keepWithNext);
        return text(bold, text, 14, NAVY, 4);
    }

    /** The height of a {@link #coded} entry: its QR code, or the most text it holds, whichever is taller. */
    public static float codedHeight(String url) {
        return Math.max(PdfQr.minimumSize(url), 80) + 2 * GAP;
    }

    /**
     * An entry beside its QR code (a programme's session): a narrow bold column on the left (its time), a bold
     * first line and smaller lines under it, the code at the right edge; kept whole on one page, ruled off below.
     */
    public PdfFlowDocument coded(String left, String first, List<String> lines, String url) {
        float qr = PdfQr.minimumSize(url);
        ensure(codedHeight(url));
        float top = y - GAP;
        // Wide enough for "10:00 AM–11:00 AM" on one line.
        float leftWidth = Paper.mm(38);
        float textLeft = MARGIN + leftWidth;
        float textWidth = width - MARGIN - qr - GAP - textLeft;
        try {
            PdfText.draw(content, bold, PdfText.fit(bold, PdfFonts.printable(bold, left), leftWidth - GAP, 10.5f, 7, 2),
                    MARGIN, top, leftWidth - GAP, false);
            float below = PdfText.draw(content, bold, PdfText.fit(bold, PdfFonts.printable(bold, first), textWidth, 12, 8, 3),
                    textLeft, top, textWidth, false);
            for (String line : lines) {
                below = PdfText.draw(content, regular, PdfText.fit(regular, PdfFonts.printable(regular, line), textWidth,
                        9.5f, 7, 2), textLeft, below - 2, textWidth, false);
            }
            PdfQr.draw(content, url, width - MARGIN - qr, top - qr, qr);
            y = Math.min(top - qr, below) - GAP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line(0.3f);
        return this;
    }

    public PdfFlowDocument paragraph(String text) {
        return text(regular, text, BODY, null, 6);
    }

    public PdfFlowDocument small(String text) {
        return text(regular, text, 8.5f, null, 4);
    }

    /** Rows of cells; the first row is the header. Column widths are shares of the page width. */
    public PdfFlowDocument table(List<List<String>> rows, float... shares) {
        float total = 0;
        for (float share : shares) {
            total += share;
        }
        float usable = width - 2 * MARGIN;
        boolean header = true;
        for (List<String> row : rows) {
            PDType0Font font = header ? bold : regular;
            float rowHeight = 0;
            List<List<String>> cells = new java.util.ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                float cellWidth = usable * shares[i] / total - 6;
                List<String> lines = PdfText.wrap(font, PdfFonts.printable(font, row.get(i)), cellWidth, 9.5f);
                cells.add(lines);
                rowHeight = Math.max(rowHeight, lines.size() * 9.5f * 1.2f);
            }
            ensure(rowHeight + 6);
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                float cellWidth = usable * shares[i] / total;
                put(font, new PdfText.Fitted(cells.get(i), 9.5f, 9.5f * 1.2f), x, cellWidth - 6);
                x += cellWidth;
            }
            y -= rowHeight + 4;
            line(header ? 0.8f : 0.3f);
            y -= 3;
            header = false;
        }
        return this;
    }

    /** A horizontal bar chart of counts, largest bar full width. */
    public PdfFlowDocument bars(Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        float labelWidth = (width - 2 * MARGIN) * 0.38f;
        float barSpace = (width - 2 * MARGIN) - labelWidth - 40;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            ensure(16);
            String label = PdfFonts.printable(regular, entry.getKey());
            PdfText.Fitted fitted = PdfText.fit(regular, label, labelWidth - 6, 9.5f, 6, 1);
            put(regular, fitted, MARGIN, labelWidth - 6);
            float bar = max == 0 ? 0 : barSpace * entry.getValue() / max;
            try {
                content.setNonStrokingColor(NAVY[0], NAVY[1], NAVY[2]);
                content.addRect(MARGIN + labelWidth, y - 10, Math.max(bar, 1), 9);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            put(bold, new PdfText.Fitted(List.of(String.valueOf(entry.getValue())), 9.5f, 11), MARGIN + labelWidth + bar + 4, 40);
            y -= 14;
        }
        return this;
    }

    public PdfFlowDocument space(float points) {
        y -= points;
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfFlowDocument text(PDType0Font font, String text, float size, float @org.jspecify.annotations.Nullable [] colour,
            float after) {
        for (String paragraph : text.split("\n", -1)) {
            List<String> lines = PdfText.wrap(font, PdfFonts.printable(font, paragraph.isBlank() ? " " : paragraph),
                    width - 2 * MARGIN, size);
            for (String line : lines) {
                ensure(size * 1.3f);
                try {
                    if (colour != null) {
                        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
                    }
                    PdfText.draw(content, font, new PdfText.Fitted(List.of(line), size, size * 1.3f), MARGIN, y,
                            width - 2 * MARGIN, false);
                    content.setNonStrokingColor(0f, 0f, 0f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                y -= size * 1.3f;
            }
        }
        y -= after;
        return this;
    }

    private void put(PDType0Font font, PdfText.Fitted text, float x, float boxWidth) {
        try {
            PdfText.draw(content, font, text, x, y, boxWidth, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float thickness) {
        try {
            content.setStrokingColor(0.6f, 0.6f, 0.6f);
            content.setLineWidth(thickness);
            content.moveTo(MARGIN, y);
            content.lineTo(width - MARGIN, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float needed) {
        if (y - needed < MARGIN) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = newPage();
        }
    }

    private PDPageContentStream newPage() {
        try {
            PDPage page = new PDPage(Paper.A4.rectangle());
            document.addPage(page);
            pages++;
            y = height - MARGIN;
            PDPageContentStream stream = new PDPageContentStream(document, page);
            stream.setNonStrokingColor(0.4f, 0.4f, 0.4f);
            stream.beginText();
            stream.setFont(regular, 8);
            stream.newLineAtOffset(width - MARGIN - 20, MARGIN / 2);
            stream.showText(String.valueOf(pages));
            stream.endText();
            stream.setNonStrokingColor(0f, 0f, 0f);
            return stream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
