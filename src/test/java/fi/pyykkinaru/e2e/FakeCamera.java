package fi.pyykkinaru.e2e;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A video for Chromium's fake camera: a QR code held still in front of it, as a raw YUV4MPEG2 file (the format
 * {@code --use-file-for-fake-video-capture} reads), written here so that the tests need no ffmpeg.
 */
final class FakeCamera {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int CODE = 360;
    private static final int FRAMES = 15;

    private FakeCamera() {
    }

    static Path filming(String qrContent, Path file) throws Exception {
        return film(picture(qrContent, CODE, false), file);
    }

    /**
     * A code the camera finds but cannot read: its finder patterns intact, a third of its other modules flipped,
     * beyond what error correction mends. A {@code size} in pixels of the 480-pixel-high frame, quiet zone included.
     */
    static Path filmingDamaged(String qrContent, int size, Path file) throws Exception {
        return film(picture(qrContent, size, true), file);
    }

    /** A stand in the dark: a dim, evenly grey picture. */
    static Path filmingInTheDark(Path file) throws Exception {
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 24);
        return film(luma, file);
    }

    private static byte[] picture(String qrContent, int size, boolean damaged) throws Exception {
        BitMatrix qr = new QRCodeWriter().encode(qrContent, BarcodeFormat.QR_CODE, size, size,
                Map.of(EncodeHintType.MARGIN, 4));
        if (damaged) {
            qr = damage(new QRCodeWriter().encode(qrContent, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0)),
                    qr.getWidth());
        }
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 235);
        int left = (WIDTH - qr.getWidth()) / 2;
        int top = (HEIGHT - qr.getHeight()) / 2;
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                luma[(top + y) * WIDTH + left + x] = (byte) (qr.get(x, y) ? 16 : 235);
            }
        }
        return luma;
    }

    /** The modules flipped, scaled up to {@code size} pixels with a four-module quiet zone. */
    private static BitMatrix damage(BitMatrix modules, int size) {
        int n = modules.getWidth();
        int scale = size / (n + 8);
        BitMatrix out = new BitMatrix((n + 8) * scale);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                boolean finder = (x < 8 && y < 8) || (x >= n - 8 && y < 8) || (x < 8 && y >= n - 8);
                boolean set = modules.get(x, y) ^ (!finder && (x * 7 + y * 13) % 3 == 0);
                if (set) {
                    out.setRegion((x + 4) * scale, (y + 4) * scale, scale, scale);
                }
            }
        }
        return out;
    }

    private static Path film(byte[] luma, Path file) throws IOException {
        byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
        Arrays.fill(chroma, (byte) 128);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F15:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < FRAMES; i++) {
                writeFrame(out, luma, chroma);
            }
        }
        return file;
    }

    private static void writeFrame(OutputStream out, byte[] luma, byte[] chroma) throws IOException {
        out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
        out.write(luma);
        out.write(chroma);
        out.write(chroma);
    }
}
