package fi.pyykkinaru.printing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Fitting text into a box the way a person would: first the largest size that fits on one line, then smaller
 * down to {@code min}, then wrapped over more lines, and only then smaller still. Text is never cut off.
 */
public final class PdfText {

    private static final float FLOOR = 4f;

    private PdfText() {
    }

    /** Lines at one size, ready to draw. */
    public record Fitted(List<String> lines, float size, float leading) {
        public float height() {
            return lines.size() * leading;
        }
    }

    public static Fitted fit(PDFont font, String text, float width, float max, float min, int maxLines) {
        String clean = text.strip().replaceAll("\\s+", " ");
        for (float size = max; size >= min; size -= 0.5f) {
            if (width(font, clean, size) <= width) {
                return new Fitted(List.of(clean), size, size * 1.15f);
            }
        }
        for (int lines = 2; lines <= Math.max(2, maxLines); lines++) {
            for (float size = max; size >= min; size -= 0.5f) {
                List<String> wrapped = wrap(font, clean, width, size);
                if (wrapped.size() <= lines) {
                    return new Fitted(wrapped, size, size * 1.15f);
                }
            }
        }
        for (float size = min - 0.5f; size > FLOOR; size -= 0.5f) {
            List<String> wrapped = wrap(font, clean, width, size);
            if (wrapped.size() <= maxLines) {
                return new Fitted(wrapped, size, size * 1.15f);
            }
        }
        return new Fitted(wrap(font, clean, width, FLOOR), FLOOR, FLOOR * 1.15f);
    }

    /** Greedy word wrap; a word longer than the line is broken between characters. */
    public static List<String> wrap(PDFont font, String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, rest, size) > width && rest.codePointCount(0, rest.length()) > 1) {
                int cut = fitting(font, rest, width, size);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * How many chars of {@code word} fit on a line (at least its first character), measured one character at a
     * time: trying ever shorter prefixes took minutes for one word of a few thousand letters.
     */
    private static int fitting(PDFont font, String word, float width, float size) {
        float used = 0;
        int end = 0;
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            used += width(font, word.substring(end, next), size);
            if (used > width && end > 0) {
                break;
            }
            end = next;
        }
        return end;
    }

    public static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws lines from {@code top} (the top of the first line's em box) downwards; returns the y below them. */
    public static float draw(PDPageContentStream content, PDFont font, Fitted text, float x, float top, float width,
            boolean centred) throws IOException {
        float baseline = top - text.size() * 0.93f;
        for (String line : text.lines()) {
            float left = centred ? x + (width - width(font, line, text.size())) / 2 : x;
            content.beginText();
            content.setFont(font, text.size());
            content.newLineAtOffset(left, baseline);
            content.showText(line);
            content.endText();
            baseline -= text.leading();
        }
        return top - text.height();
    }
}
