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
        BitMatrix qr = new QRCodeWriter().encode(qrContent, BarcodeFormat.QR_CODE, CODE, CODE,
                Map.of(EncodeHintType.MARGIN, 4));
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 235);
        int left = (WIDTH - qr.getWidth()) / 2;
        int top = (HEIGHT - qr.getHeight()) / 2;
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                luma[(top + y) * WIDTH + left + x] = (byte) (qr.get(x, y) ? 16 : 235);
            }
        }
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
