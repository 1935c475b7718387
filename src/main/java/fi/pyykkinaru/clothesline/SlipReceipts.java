package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.kiosk.PublicAddress;
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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The paper twin of a pegged slip, for the 80 mm receipt printer: the practice, its line, the date, and a QR
 * code that opens the slip's page on the stand server. The receipt is as long as its text needs.
 */
@Service
public class SlipReceipts {

    static final float WIDTH_MM = 80;
    private static final float MARGIN = Paper.mm(5);
    private static final float QR = Paper.mm(36);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy H.mm", Locale.ROOT);

    private final Slips slips;
    private final Lines lines;
    private final PublicAddress address;
    private final PrintQueue queue;
    private final Clock clock;

    SlipReceipts(Slips slips, Lines lines, PublicAddress address, PrintQueue queue, Clock clock) {
        this.slips = slips;
        this.lines = lines;
        this.address = address;
        this.queue = queue;
        this.clock = clock;
    }

    /** The slip's own page, which its receipt's QR code opens. */
    public String url(long slipId) {
        return address.base() + "/slip/" + slipId;
    }

    /** Call on a request's thread: the QR carries this server's address as the page was opened. */
    public byte[] receipt(long slipId, Locale locale) {
        WallSlip slip = slips.published(slipId).orElseThrow(() -> new NoSuchElementException("No slip on the wall: " + slipId));
        Line line = lines.find(slip.lineId()).orElseThrow();
        return render(slip, line.prompt().in(locale), DATE.format(slip.peggedAt().atZone(clock.getZone())), url(slipId));
    }

    /** Queues the receipt; printing the same slip again must be a {@link PrintQueue#reprint}. */
    public PrintJob print(long slipId, Locale locale) {
        return print(slipId, locale, null);
    }

    /** As {@link #print(long, Locale)}, to the receipt printer of the stand it was asked at (null: none). */
    public PrintJob print(long slipId, Locale locale, @Nullable String printer) {
        byte[] pdf = receipt(slipId, locale);
        float heightMm = 0;
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            heightMm = document.getPage(0).getMediaBox().getHeight() / Paper.POINTS_PER_MM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = slips.published(slipId).map(WallSlip::title).orElse("#" + slipId);
        return queue.submit(new PrintDocument(PrintKind.SLIP, "slip:" + slipId, title,
                new Paper(WIDTH_MM, Math.round(heightMm)).media(), pdf), false, printer);
    }

    static byte[] render(WallSlip slip, String lineName, String date, String url) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setCreator("Pyykkinaru");
            document.getDocumentInformation().setTitle(slip.title());
            PDType0Font bold = PdfFonts.bold(document);
            PDType0Font regular = PdfFonts.regular(document);
            float width = Paper.mm(WIDTH_MM) - 2 * MARGIN;
            PdfText.Fitted line = PdfText.fit(regular, PdfFonts.printable(regular, lineName), width, 10, 8, 3);
            PdfText.Fitted title = PdfText.fit(bold, PdfFonts.printable(bold, slip.title()), width, 18, 12, 6);
            String bodyText = slip.body() == null ? "" : slip.body();
            PdfText.Fitted body = bodyText.isBlank() ? null
                    : new PdfText.Fitted(PdfText.wrap(regular, PdfFonts.printable(regular, bodyText), width, 9), 9, 9 * 1.2f);
            PdfText.Fitted organisation = slip.organisation() == null ? null
                    : PdfText.fit(regular, PdfFonts.printable(regular, slip.organisation()), width, 10, 8, 2);
            float height = MARGIN + line.height() + Paper.mm(3) + title.height() + Paper.mm(2)
                    + (body == null ? 0 : body.height() + Paper.mm(2))
                    + (organisation == null ? 0 : organisation.height() + Paper.mm(2))
                    + 12 + Paper.mm(3) + QR + MARGIN;
            PDPage page = new PDPage(new Paper(WIDTH_MM, (float) Math.ceil(height / Paper.POINTS_PER_MM)).rectangle());
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = PdfText.draw(content, regular, line, MARGIN, y, width, false) - Paper.mm(3);
                y = PdfText.draw(content, bold, title, MARGIN, y, width, false) - Paper.mm(2);
                if (body != null) {
                    y = PdfText.draw(content, regular, body, MARGIN, y, width, false) - Paper.mm(2);
                }
                if (organisation != null) {
                    y = PdfText.draw(content, regular, organisation, MARGIN, y, width, false) - Paper.mm(2);
                }
                y = PdfText.draw(content, regular, PdfText.fit(regular, date, width, 10, 8, 1), MARGIN, y, width, false)
                        - Paper.mm(3);
                PdfQr.draw(content, url, MARGIN + (width - QR) / 2, y - QR, QR);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
