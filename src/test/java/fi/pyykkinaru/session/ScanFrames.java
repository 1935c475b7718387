package fi.pyykkinaru.session;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Venue-like camera frames for the scanner benchmark: a session's QR code as the stand camera sees it (1280×720,
 * grey), at several sizes and under one kind of trouble each (blur, shake, noise, rotation, tilt, dim light,
 * glare, washed-out print, or a bit of everything), at four strengths. A fixed seed makes the same frames on every
 * machine, so decoders are compared on identical pictures.
 */
final class ScanFrames {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final List<String> CONDITIONS = List.of("clean", "blur", "shake", "noise", "rotation", "perspective",
            "low light", "glare", "low contrast", "venue mix");
    /** The code's side with its quiet zone, in frame pixels: a poster across the aisle to a phone held close. */
    static final int[] SIZES = {100, 160, 240, 400};
    private static final int STRENGTHS = 4;
    private static final int VARIANTS = 2;
    private static final int QUIET = 4;
    private static final String TOKEN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** One frame on disk and what it shows. */
    record Frame(Path file, String text, String condition, int strength, int size) {
    }

    private ScanFrames() {
    }

    static List<Frame> write(Path dir, long seed) throws Exception {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        List<Frame> frames = new ArrayList<>();
        for (String condition : CONDITIONS) {
            for (int strength = 1; strength <= STRENGTHS; strength++) {
                for (int size : SIZES) {
                    for (int variant = 0; variant < VARIANTS; variant++) {
                        String text = "https://stand.example/s/" + token(random);
                        float[] frame = frame(text, condition, strength, size, random);
                        Path file = dir.resolve("%s-%d-%d-%d.png".formatted(condition.replace(' ', '-'), strength, size, variant));
                        ImageIO.write(grey(frame), "png", file.toFile());
                        frames.add(new Frame(file, text, condition, strength, size));
                    }
                }
            }
        }
        return frames;
    }

    private static String token(Random random) {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            token.append(TOKEN_LETTERS.charAt(random.nextInt(TOKEN_LETTERS.length())));
        }
        return token.toString();
    }

    private static float[] frame(String text, String condition, int strength, int size, Random random) throws Exception {
        double s = strength / (double) STRENGTHS;
        double rotation = Math.toRadians(random.nextDouble(-8, 8));
        double tilt = 0;
        float dark = 30;
        float light = 215;
        switch (condition) {
            case "rotation" -> rotation = Math.toRadians(15 * strength + random.nextDouble(-5, 5));
            case "perspective" -> tilt = 0.15 * strength;
            case "low contrast" -> {
                float half = (float) (48 - 9 * strength);
                dark = 150 - half;
                light = 150 + half;
            }
            case "venue mix" -> {
                rotation = Math.toRadians(random.nextDouble(-30, 30) * s);
                tilt = 0.3 * s;
            }
            default -> { }
        }
        float[] pixels = background(random);
        double cx = random.nextDouble(size * 0.7, WIDTH - size * 0.7);
        double cy = random.nextDouble(Math.min(size * 0.7, HEIGHT / 2.0), Math.max(HEIGHT - size * 0.7, HEIGHT / 2.0));
        drawCode(pixels, matrix(text), cx, cy, size, rotation, tilt, random.nextBoolean(), dark, light);
        switch (condition) {
            case "blur" -> gaussianBlur(pixels, 0.6 + 0.7 * strength);
            case "shake" -> motionBlur(pixels, 3 + 4 * strength, random.nextDouble(Math.PI));
            case "noise" -> noise(pixels, 10 + 10 * strength, random);
            case "low light" -> {
                scale(pixels, (float) (0.4 - 0.07 * strength));
                noise(pixels, 2 + strength, random);
            }
            case "glare" -> glare(pixels, cx + random.nextDouble(-0.3, 0.3) * size, cy + random.nextDouble(-0.3, 0.3) * size,
                    size * 0.35, 90 + 45 * strength);
            case "venue mix" -> {
                gaussianBlur(pixels, 0.5 + 1.2 * s);
                scale(pixels, (float) (1 - 0.5 * s));
                glare(pixels, cx + random.nextDouble(-0.4, 0.4) * size, cy + random.nextDouble(-0.4, 0.4) * size,
                        size * 0.3, 120 * s);
                noise(pixels, 4 + 12 * s, random);
            }
            default -> { }
        }
        return pixels;
    }

    private static BitMatrix matrix(String text) throws Exception {
        // The level the app's posters and badges use (printing.QrCodes).
        return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
    }

    /** A hall behind the poster: a soft gradient with a few flat shapes of other prints and signs. */
    private static float[] background(Random random) {
        float[] pixels = new float[WIDTH * HEIGHT];
        float a = random.nextFloat(90, 200);
        float b = random.nextFloat(90, 200);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                pixels[y * WIDTH + x] = a + (b - a) * (x + y) / (WIDTH + HEIGHT);
            }
        }
        for (int i = 0; i < 10; i++) {
            int w = random.nextInt(40, 400);
            int h = random.nextInt(20, 300);
            int left = random.nextInt(WIDTH - w);
            int top = random.nextInt(HEIGHT - h);
            float grey = random.nextFloat(20, 240);
            for (int y = top; y < top + h; y++) {
                for (int x = left; x < left + w; x++) {
                    pixels[y * WIDTH + x] = grey;
                }
            }
        }
        return pixels;
    }

    /**
     * Draws the code (quiet zone included) onto the quadrilateral it makes in the frame, sampling 3×3 points per
     * pixel, so that scale, rotation and a tilt away from the camera all come from one projective map.
     */
    private static void drawCode(float[] pixels, BitMatrix code, double cx, double cy, int size, double rotation,
            double tilt, boolean tiltSideways, float dark, float light) {
        double half = size / 2.0;
        // The far edge of a tilted poster is shorter: (u, v) corners of the unit square, far edge narrowed by tilt.
        double[][] square = {{-half, -half}, {half, -half}, {half, half}, {-half, half}};
        double[][] quad = new double[4][];
        for (int i = 0; i < 4; i++) {
            double x = square[i][0];
            double y = square[i][1];
            if (tiltSideways) {
                y *= x < 0 ? 1 - tilt : 1;
            } else {
                x *= y < 0 ? 1 - tilt : 1;
            }
            quad[i] = new double[] {cx + x * Math.cos(rotation) - y * Math.sin(rotation),
                    cy + x * Math.sin(rotation) + y * Math.cos(rotation)};
        }
        double[] toSquare = Homography.inverse(Homography.squareToQuad(quad));
        int modules = code.getWidth() + 2 * QUIET;
        int minX = (int) Math.max(0, Math.floor(min(quad, 0)));
        int maxX = (int) Math.min(WIDTH - 1, Math.ceil(max(quad, 0)));
        int minY = (int) Math.max(0, Math.floor(min(quad, 1)));
        int maxY = (int) Math.min(HEIGHT - 1, Math.ceil(max(quad, 1)));
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                int inside = 0;
                float sum = 0;
                for (int sy = 0; sy < 3; sy++) {
                    for (int sx = 0; sx < 3; sx++) {
                        double[] uv = Homography.apply(toSquare, x + (sx + 0.5) / 3, y + (sy + 0.5) / 3);
                        if (uv[0] < 0 || uv[0] >= 1 || uv[1] < 0 || uv[1] >= 1) {
                            continue;
                        }
                        int mx = (int) (uv[0] * modules) - QUIET;
                        int my = (int) (uv[1] * modules) - QUIET;
                        boolean set = mx >= 0 && my >= 0 && mx < code.getWidth() && my < code.getHeight() && code.get(mx, my);
                        sum += set ? dark : light;
                        inside++;
                    }
                }
                if (inside > 0) {
                    int i = y * WIDTH + x;
                    pixels[i] = (sum + pixels[i] * (9 - inside)) / 9;
                }
            }
        }
    }

    private static double min(double[][] points, int axis) {
        double m = Double.MAX_VALUE;
        for (double[] p : points) {
            m = Math.min(m, p[axis]);
        }
        return m;
    }

    private static double max(double[][] points, int axis) {
        double m = -Double.MAX_VALUE;
        for (double[] p : points) {
            m = Math.max(m, p[axis]);
        }
        return m;
    }

    private static void gaussianBlur(float[] pixels, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        float[] kernel = new float[2 * radius + 1];
        float total = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            total += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= total;
        }
        float[] tmp = new float[pixels.length];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                float v = 0;
                for (int k = -radius; k <= radius; k++) {
                    v += kernel[k + radius] * pixels[y * WIDTH + Math.clamp(x + k, 0, WIDTH - 1)];
                }
                tmp[y * WIDTH + x] = v;
            }
        }
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                float v = 0;
                for (int k = -radius; k <= radius; k++) {
                    v += kernel[k + radius] * tmp[Math.clamp(y + k, 0, HEIGHT - 1) * WIDTH + x];
                }
                pixels[y * WIDTH + x] = v;
            }
        }
    }

    /** A hand that moves while the shutter is open: the average along a short line. */
    private static void motionBlur(float[] pixels, int length, double angle) {
        float[] source = pixels.clone();
        double dx = Math.cos(angle);
        double dy = Math.sin(angle);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                float v = 0;
                for (int k = 0; k < length; k++) {
                    double t = k - (length - 1) / 2.0;
                    int sx = Math.clamp(Math.round(x + t * dx), 0, WIDTH - 1);
                    int sy = Math.clamp(Math.round(y + t * dy), 0, HEIGHT - 1);
                    v += source[sy * WIDTH + sx];
                }
                pixels[y * WIDTH + x] = v / length;
            }
        }
    }

    private static void noise(float[] pixels, double sigma, Random random) {
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] += (float) (random.nextGaussian() * sigma);
        }
    }

    private static void scale(float[] pixels, float factor) {
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] *= factor;
        }
    }

    /** A ceiling light mirrored in a laminated poster or a phone's glass: a bright soft spot over part of the code. */
    private static void glare(float[] pixels, double cx, double cy, double radius, double strength) {
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double d2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (radius * radius);
                if (d2 < 9) {
                    pixels[y * WIDTH + x] += (float) (strength * Math.exp(-d2));
                }
            }
        }
    }

    private static BufferedImage grey(float[] pixels) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            data[i] = (byte) Math.clamp(Math.round(pixels[i]), 0, 255);
        }
        return image;
    }

    /** The projective map from the unit square to a quadrilateral (Heckbert's closed form) and back. */
    private static final class Homography {

        private Homography() {
        }

        static double[] squareToQuad(double[][] q) {
            double x0 = q[0][0], y0 = q[0][1], x1 = q[1][0], y1 = q[1][1];
            double x2 = q[2][0], y2 = q[2][1], x3 = q[3][0], y3 = q[3][1];
            double sx = x0 - x1 + x2 - x3;
            double sy = y0 - y1 + y2 - y3;
            double dx1 = x1 - x2, dx2 = x3 - x2, dy1 = y1 - y2, dy2 = y3 - y2;
            double det = dx1 * dy2 - dx2 * dy1;
            double g = (sx * dy2 - dx2 * sy) / det;
            double h = (dx1 * sy - sx * dy1) / det;
            return new double[] {x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1};
        }

        static double[] inverse(double[] m) {
            double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], i = m[8];
            double A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
            double det = a * A + b * B + c * C;
            return new double[] {A / det, -(b * i - c * h) / det, (b * f - c * e) / det,
                    B / det, (a * i - c * g) / det, -(a * f - c * d) / det,
                    C / det, -(a * h - b * g) / det, (a * e - b * d) / det};
        }

        static double[] apply(double[] m, double x, double y) {
            double w = m[6] * x + m[7] * y + m[8];
            return new double[] {(m[0] * x + m[1] * y + m[2]) / w, (m[3] * x + m[4] * y + m[5]) / w};
        }
    }
}
