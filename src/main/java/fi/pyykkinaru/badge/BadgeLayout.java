package fi.pyykkinaru.badge;

import fi.pyykkinaru.printing.Paper;
import java.util.Locale;
import java.util.Properties;

/**
 * How badges sit on a page, read from a layout file (see {@code badges/layouts}): the page, the label and how
 * many labels a page holds, the QR code's size and place, and the type sizes. Lengths are millimetres, type
 * sizes points.
 */
public record BadgeLayout(String id, String title, int version, Paper page, float labelWidth, float labelHeight,
        int columns, int rows, float gap, float padding, float qrSize, QrPosition qrPosition, float nameMax,
        float nameMin, int nameLines, float organisationSize, float detailSize, boolean cutLines) {

    /** Where the code goes: beside the text (landscape badges) or under it (portrait ones). */
    public enum QrPosition {
        RIGHT, BOTTOM
    }

    public BadgeLayout {
        if (columns < 1 || rows < 1 || labelWidth <= 0 || labelHeight <= 0) {
            throw new IllegalArgumentException(id + ": a layout needs a label size and at least one label per page");
        }
        if (columns * labelWidth + (columns - 1) * gap > page.widthMm() + 0.01f
                || rows * labelHeight + (rows - 1) * gap > page.heightMm() + 0.01f) {
            throw new IllegalArgumentException(id + ": the labels do not fit on the page");
        }
        if (qrSize > Math.min(labelWidth, labelHeight) - 2 * padding) {
            throw new IllegalArgumentException(id + ": the QR code does not fit on the label");
        }
        if (nameMin > nameMax || nameLines < 1) {
            throw new IllegalArgumentException(id + ": name.min must not exceed name.max, name.lines at least 1");
        }
    }

    public int perPage() {
        return columns * rows;
    }

    public boolean sheet() {
        return perPage() > 1;
    }

    static BadgeLayout parse(String id, Properties p) {
        try {
            return new BadgeLayout(id, p.getProperty("title", id), integer(p, "version", 1),
                    new Paper(number(p, "page.width"), number(p, "page.height")),
                    number(p, "label.width"), number(p, "label.height"), integer(p, "columns", 1), integer(p, "rows", 1),
                    number(p, "gap", 0), number(p, "padding", 4), number(p, "qr.size"),
                    QrPosition.valueOf(p.getProperty("qr.position", "right").strip().toUpperCase(Locale.ROOT)),
                    number(p, "name.max", 22), number(p, "name.min", 12), integer(p, "name.lines", 2),
                    number(p, "organisation.size", 10), number(p, "detail.size", 7),
                    Boolean.parseBoolean(p.getProperty("cut-lines", "false").strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(id + ": " + e.getMessage(), e);
        }
    }

    private static float number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return Float.parseFloat(value.strip());
    }

    private static float number(Properties p, String key, float fallback) {
        return p.getProperty(key) == null ? fallback : number(p, key);
    }

    private static int integer(Properties p, String key, int fallback) {
        return p.getProperty(key) == null ? fallback : Integer.parseInt(p.getProperty(key).strip());
    }
}
