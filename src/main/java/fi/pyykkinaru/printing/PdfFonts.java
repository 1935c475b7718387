package fi.pyykkinaru.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every printed document embeds, from the project's own resources: names with å ä ö ø é ł print the
 * same on any machine, and nothing scans the system's fonts while a visitor waits. The files are read once;
 * each document embeds only the glyphs it uses.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = read("/fonts/DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSansCondensed-Bold.ttf");
    // Parsing a font file costs more than drawing a badge, so each thread keeps its own parsed copy (a parsed
    // font reads its file lazily and is not safe to share between threads).
    private static final ThreadLocal<TrueTypeFont> PARSED_REGULAR = ThreadLocal.withInitial(() -> parse(REGULAR));
    private static final ThreadLocal<TrueTypeFont> PARSED_BOLD = ThreadLocal.withInitial(() -> parse(BOLD));

    private PdfFonts() {
    }

    public static PDType0Font regular(PDDocument document) {
        return load(document, PARSED_REGULAR.get());
    }

    public static PDType0Font bold(PDDocument document) {
        return load(document, PARSED_BOLD.get());
    }

    /** Text the font can draw: characters it has no glyph for (emoji, say) become a question mark. */
    public static String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (hasGlyph(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            // Encoding is the font's own test: it refuses a character its Unicode map lacks.
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PDType0Font load(PDDocument document, TrueTypeFont font) {
        try {
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
