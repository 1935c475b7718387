package fi.pyykkinaru.printing;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * QR codes drawn as vector squares, so they stay sharp on any printer. The module size is never below 1.5 pt
 * (about three dots at 150 dpi): smaller codes do not scan reliably once printed.
 */
public final class PdfQr {

    public static final float MIN_MODULE = 1.5f;
    private static final int QUIET_ZONE = 4;

    private PdfQr() {
    }

    /** The modules of the code, without its quiet zone. */
    public static ByteMatrix matrix(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        }
    }

    /**
     * Draws the code in a square of {@code size} points whose lower left corner is at (x, y), quiet zone included;
     * returns the module size used.
     */
    public static float draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        ByteMatrix matrix = matrix(text);
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        float module = Math.max(MIN_MODULE, size / modules);
        float left = x + (size - module * modules) / 2 + QUIET_ZONE * module;
        float top = y + size - (size - module * modules) / 2 - QUIET_ZONE * module;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (matrix.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int run = col;
                while (run < matrix.getWidth() && matrix.get(run, row) == 1) {
                    run++;
                }
                // Runs of dark modules as one rectangle: fewer operators, no hairline gaps between neighbours.
                content.addRect(left + col * module, top - (row + 1) * module, (run - col) * module, module);
                col = run;
            }
        }
        content.fill();
        return module;
    }

    /** The smallest square (in points) that holds this code at the minimum module size. */
    public static float minimumSize(String text) {
        return (matrix(text).getWidth() + 2 * QUIET_ZONE) * MIN_MODULE;
    }
}
