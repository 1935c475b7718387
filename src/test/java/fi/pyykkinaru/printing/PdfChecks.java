package fi.pyykkinaru.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reading a produced PDF as a person and a scanner would: its text, its page sizes, and the QR codes found by
 * rendering it at 150 dpi with pdftoppm and decoding with zbarimg (poppler-utils and zbar-tools, from .ci/run).
 */
public final class PdfChecks {

    private PdfChecks() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static List<PDRectangle> pageSizes(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDRectangle> sizes = new ArrayList<>();
            document.getPages().forEach(p -> sizes.add(p.getMediaBox()));
            return sizes;
        }
    }

    /** Page size in whole millimetres, e.g. "90x54". */
    public static String mm(PDRectangle page) {
        return Math.round(page.getWidth() / Paper.POINTS_PER_MM) + "x" + Math.round(page.getHeight() / Paper.POINTS_PER_MM);
    }

    /** Every QR code on every page, as zbarimg reads them from the PDF rendered at 150 dpi. */
    public static List<String> qrCodes(byte[] pdf, Path dir) throws IOException, InterruptedException {
        return decode(pdf, dir, List.of());
    }

    /**
     * The QR codes in one area of one page (millimetres from the top left corner), rendered at 150 dpi: how a
     * person scans one badge of a sheet. (zbarimg misses some codes when a page holds many.)
     */
    public static List<String> qrCodes(byte[] pdf, Path dir, int page, float xMm, float yMm, float widthMm,
            float heightMm) throws IOException, InterruptedException {
        float pixelsPerMm = 150 / 25.4f;
        return decode(pdf, dir, List.of("-f", String.valueOf(page), "-l", String.valueOf(page),
                "-x", String.valueOf(Math.round(xMm * pixelsPerMm)), "-y", String.valueOf(Math.round(yMm * pixelsPerMm)),
                "-W", String.valueOf(Math.round(widthMm * pixelsPerMm)), "-H", String.valueOf(Math.round(heightMm * pixelsPerMm))));
    }

    private static List<String> decode(byte[] pdf, Path dir, List<String> area) throws IOException, InterruptedException {
        Path file = Files.write(dir.resolve("doc-" + System.nanoTime() + ".pdf"), pdf);
        String prefix = dir.resolve("page-" + System.nanoTime()).toString();
        List<String> render = new ArrayList<>(List.of("pdftoppm", "-r", "150", "-png"));
        render.addAll(area);
        render.addAll(List.of(file.toString(), prefix));
        run(render.toArray(String[]::new));
        List<String> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.map(Path::toString).filter(p -> p.startsWith(prefix) && p.endsWith(".png")).sorted().toList();
        }
        assertThat(pages).as("pages rendered by pdftoppm").isNotEmpty();
        List<String> command = new ArrayList<>(List.of("zbarimg", "-q", "--raw", "-Sqrcode.enable=1"));
        command.addAll(pages);
        Process zbarimg = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String decoded = new String(zbarimg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(zbarimg.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Arrays.stream(decoded.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
