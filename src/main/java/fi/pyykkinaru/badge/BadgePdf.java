package fi.pyykkinaru.badge;

import fi.pyykkinaru.printing.Paper;
import fi.pyykkinaru.printing.PdfFonts;
import fi.pyykkinaru.printing.PdfQr;
import fi.pyykkinaru.printing.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Badge PDFs: the name large (shrunk, then wrapped, never cut off), the organisation, the event, the languages
 * the visitor speaks, and the QR of the badge code, laid out as a {@link BadgeLayout} says.
 */
public final class BadgePdf {

    private static final float GAP = Paper.mm(3);

    private BadgePdf() {
    }

    public static byte[] render(BadgeLayout layout, List<BadgeFace> faces) {
        return render(layout, faces, done -> { });
    }

    /** Tells {@code progress} how many badges are drawn so far. */
    public static byte[] render(BadgeLayout layout, List<BadgeFace> faces, IntConsumer progress) {
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("No badges to print");
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(faces.size() == 1 ? faces.getFirst().name() : faces.getFirst().eventName());
            info.setCreator("Pyykkinaru");
            PDType0Font bold = PdfFonts.bold(document);
            PDType0Font regular = PdfFonts.regular(document);
            float offsetX = Paper.mm((layout.page().widthMm() - layout.columns() * layout.labelWidth()
                    - (layout.columns() - 1) * layout.gap()) / 2);
            float offsetY = Paper.mm((layout.page().heightMm() - layout.rows() * layout.labelHeight()
                    - (layout.rows() - 1) * layout.gap()) / 2);
            for (int start = 0; start < faces.size(); start += layout.perPage()) {
                PDPage page = new PDPage(layout.page().rectangle());
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    for (int i = start; i < Math.min(faces.size(), start + layout.perPage()); i++) {
                        int slot = i - start;
                        int column = slot % layout.columns();
                        int row = slot / layout.columns();
                        float x = offsetX + Paper.mm(column * (layout.labelWidth() + layout.gap()));
                        float top = page.getMediaBox().getHeight() - offsetY - Paper.mm(row * (layout.labelHeight() + layout.gap()));
                        badge(content, layout, faces.get(i), bold, regular, x, top - Paper.mm(layout.labelHeight()));
                        progress.accept(i + 1);
                    }
                }
            }
            // Object streams save a few kilobytes but cost more than the drawing; printers do not care.
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void badge(PDPageContentStream content, BadgeLayout layout, BadgeFace face, PDType0Font bold,
            PDType0Font regular, float x, float y) throws IOException {
        float width = Paper.mm(layout.labelWidth());
        float height = Paper.mm(layout.labelHeight());
        if (layout.cutLines()) {
            content.setStrokingColor(0.75f, 0.75f, 0.75f);
            content.setLineWidth(0.3f);
            content.addRect(x, y, width, height);
            content.stroke();
        }
        float pad = Paper.mm(layout.padding());
        float qr = Math.max(Paper.mm(layout.qrSize()), PdfQr.minimumSize(face.qrPayload()));
        float left = x + pad;
        float top = y + height - pad;
        float innerWidth = width - 2 * pad;
        boolean right = layout.qrPosition() == BadgeLayout.QrPosition.RIGHT;
        float textWidth = right ? innerWidth - qr - GAP : innerWidth;
        boolean centred = !right;

        content.setNonStrokingColor(0.2f, 0.2f, 0.2f);
        float below = PdfText.draw(content, regular, PdfText.fit(regular, PdfFonts.printable(regular, face.eventName()),
                textWidth, layout.detailSize(), layout.detailSize() * 0.8f, 1), left, top, textWidth, centred);
        content.setNonStrokingColor(0f, 0f, 0f);
        below = PdfText.draw(content, bold, PdfText.fit(bold, PdfFonts.printable(bold, face.name()), textWidth,
                layout.nameMax(), layout.nameMin(), layout.nameLines()), left, below - Paper.mm(1.5f), textWidth, centred);
        if (face.organisation() != null) {
            PdfText.draw(content, regular, PdfText.fit(regular, PdfFonts.printable(regular, face.organisation()), textWidth,
                    layout.organisationSize(), layout.organisationSize() * 0.7f, 2), left, below - Paper.mm(1), textWidth,
                    centred);
        }

        float bottom = y + pad;
        float qrX = right ? x + width - pad - qr : x + (width - qr) / 2;
        PdfQr.draw(content, face.qrPayload(), qrX, bottom, qr);
        // The code in letters too, for typing when a camera is not at hand.
        String code = BadgeCodes.display(face.badgeCode());
        float detail = layout.detailSize();
        content.setNonStrokingColor(0.2f, 0.2f, 0.2f);
        if (right) {
            float lineY = bottom;
            line(content, regular, code, left, lineY, detail);
            if (!face.languages().isEmpty()) {
                line(content, bold, face.languageLine(), left, lineY + detail * 1.4f, detail);
            }
        } else {
            float lineY = bottom + qr + Paper.mm(1);
            centredLine(content, regular, code, x, width, lineY, detail);
            if (!face.languages().isEmpty()) {
                centredLine(content, bold, face.languageLine(), x, width, lineY + detail * 1.4f, detail);
            }
        }
    }

    private static void line(PDPageContentStream content, PDType0Font font, String text, float x, float baseline,
            float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private static void centredLine(PDPageContentStream content, PDType0Font font, String text, float x, float width,
            float baseline, float size) throws IOException {
        line(content, font, text, x + (width - PdfText.width(font, text, size)) / 2, baseline, size);
    }
}
