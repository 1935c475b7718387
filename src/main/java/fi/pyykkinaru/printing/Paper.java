package fi.pyykkinaru.printing;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Page sizes in millimetres, as PDF points and as the IPP media keyword printers understand. */
public record Paper(float widthMm, float heightMm) {

    public static final Paper A4 = new Paper(210, 297);
    public static final Paper A3 = new Paper(297, 420);
    public static final float POINTS_PER_MM = 72f / 25.4f;

    public static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    public PDRectangle rectangle() {
        return new PDRectangle(mm(widthMm), mm(heightMm));
    }

    /** PWG 5101.1 self-describing name: {@code iso_a4_210x297mm} for A4, {@code custom_…} for the rest. */
    public String media() {
        if (equals(A4)) {
            return "iso_a4_210x297mm";
        }
        if (equals(A3)) {
            return "iso_a3_297x420mm";
        }
        if (widthMm == 105 && heightMm == 148) {
            return "iso_a6_105x148mm";
        }
        String size = number(widthMm) + "x" + number(heightMm) + "mm";
        return "custom_" + size + "_" + size;
    }

    private static String number(float mm) {
        return mm == Math.rint(mm) ? String.valueOf((int) mm) : String.format(Locale.ROOT, "%.1f", mm);
    }
}
