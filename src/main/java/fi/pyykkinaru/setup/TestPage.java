package fi.pyykkinaru.setup;

import fi.pyykkinaru.printing.Paper;
import fi.pyykkinaru.printing.PdfFonts;
import fi.pyykkinaru.printing.PdfText;
import fi.pyykkinaru.printing.PrinterPurpose;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The page an organiser prints to see that a stand's printer is the one they meant: the stand and purpose in big
 * letters, then the printer's address and the time, on the paper that printer holds.
 */
final class TestPage {

    private TestPage() {
    }

    static Paper paper(PrinterPurpose purpose) {
        return switch (purpose) {
            case BADGE -> new Paper(90, 54);
            case RECEIPT -> new Paper(80, 80);
            case A4 -> Paper.A4;
        };
    }

    static byte[] render(Paper paper, String heading, String details) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setCreator("Pyykkinaru");
            document.getDocumentInformation().setTitle(heading);
            PDType0Font bold = PdfFonts.bold(document);
            PDType0Font regular = PdfFonts.regular(document);
            PDPage page = new PDPage(paper.rectangle());
            document.addPage(page);
            float margin = Paper.mm(Math.min(paper.widthMm(), paper.heightMm()) > 100 ? 20 : 4);
            float width = page.getMediaBox().getWidth() - 2 * margin;
            boolean small = paper.heightMm() < 100;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - margin;
                y = PdfText.draw(content, bold, PdfText.fit(bold, PdfFonts.printable(bold, heading), width,
                        small ? 14 : 32, 8, 3), margin, y, width, false) - Paper.mm(small ? 2 : 8);
                PdfText.draw(content, regular, PdfText.fit(regular, PdfFonts.printable(regular, details), width,
                        small ? 8 : 14, 6, small ? 4 : 8), margin, y, width, false);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
