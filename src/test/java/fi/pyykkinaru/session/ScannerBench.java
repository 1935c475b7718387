package fi.pyykkinaru.session;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fi.pyykkinaru.Application;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the stand's QR decoder, not a test: writes the venue-like frames of {@link ScanFrames} to
 * {@code target/bench/frames}, reads them all with {@code zbarimg}, then with the kiosk's own decoder as the
 * production bundle ships it (the app started here, /scan opened in headless Chromium, each frame handed to
 * {@code window.pkQrDecoder} as ImageData), and, when its UMD file is there ({@code -Dbench.old-decoder}), with the
 * JavaScript ZXing port the scanner used before. Writes a Markdown section ({@code -Dbench.report}). Run in the same
 * Maven call as the build, which keeps Vaadin's production-mode token only while it runs (bench/run.sh does):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fi.pyykkinaru.session.ScannerBench}
 */
public final class ScannerBench {

    private static final long SEED = 20261123L;
    private static final Path FRAMES = Path.of("target/bench/frames");
    private static final int WARM_UP = 5;
    /** Where bench/run.sh puts the decoder the scanner used before (npm's @zxing/library 0.23.0). */
    private static final String OLD_DECODER = "target/bench/old-decoder/node_modules/@zxing/library/umd/index.min.js";

    private static final String DECODE = """
            async ({ png, old }) => {
              const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
              const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
              const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d', { willReadFrequently: true });
              context.drawImage(bitmap, 0, 0);
              const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
              let start = performance.now();
              const now = await window.pkQrDecoder.decode(image);
              const ms = performance.now() - start;
              let oldText = null;
              let oldMs = null;
              if (old) {
                // What @zxing/browser's BrowserQRCodeReader did with each canvas frame: grey, HybridBinarizer, QRCodeReader.
                start = performance.now();
                const { data, width, height } = image;
                const grey = new Uint8ClampedArray(width * height);
                for (let i = 0, j = 0; j < grey.length; i += 4, j++) {
                  grey[j] = (data[i] * 306 + data[i + 1] * 601 + data[i + 2] * 117) >> 10;
                }
                try {
                  const bitmap = new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(new ZXing.RGBLuminanceSource(grey, width, height)));
                  oldText = new ZXing.QRCodeReader().decode(bitmap).getText();
                } catch (e) {
                  oldText = null;
                }
                oldMs = performance.now() - start;
              }
              return { text: now.text, guidance: now.guidance, ms, oldText, oldMs };
            }""";

    private ScannerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(System.getProperty("bench.report", "target/bench/scanner.md"));
        Path oldDecoder = Path.of(System.getProperty("bench.old-decoder", OLD_DECODER));
        if (!Files.exists(oldDecoder)) {
            oldDecoder = null;
        }
        List<ScanFrames.Frame> frames = ScanFrames.write(FRAMES, SEED);
        Set<String> zbar = zbar(frames);
        String zbarVersion = run(List.of("zbarimg", "--version")).trim();

        Path data = Files.createTempDirectory("pyykkinaru-scanner-bench");
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
                "--pyykkinaru.data-dir=" + data, "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--pyykkinaru.security.initial-organiser-password=bench-only");
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
            List<String> requests = new ArrayList<>();
            page.onRequest(request -> requests.add(request.url()));
            page.navigate(base + "/scan");
            page.waitForFunction("() => window.pkQrDecoder");
            if (oldDecoder != null) {
                page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(oldDecoder)));
            }
            Results results = new Results();
            for (int i = 0; i < WARM_UP; i++) {
                decode(page, frames.get(i), oldDecoder != null);
            }
            for (ScanFrames.Frame frame : frames) {
                @SuppressWarnings("unchecked")
                Map<String, Object> read = (Map<String, Object>) decode(page, frame, oldDecoder != null);
                results.add(frame, zbar.contains(frame.text()), frame.text().equals(read.get("text")),
                        oldDecoder == null ? null : frame.text().equals(read.get("oldText")),
                        ((Number) read.get("ms")).doubleValue(),
                        read.get("oldMs") instanceof Number n ? n.doubleValue() : null);
            }
            List<String> wasm = requests.stream().filter(url -> url.endsWith(".wasm")).toList();
            List<String> elsewhere = requests.stream().filter(url -> !sameOrigin(url, base)).toList();
            String chromium = browser.version();
            browser.close();
            String section = results.markdown(zbarVersion, chromium, wasm.stream().map(url -> URI.create(url).getPath()).toList(),
                    elsewhere, oldDecoder != null);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, section);
            System.out.print(section);
        } finally {
            app.close();
        }
    }

    private static Object decode(Page page, ScanFrames.Frame frame, boolean old) throws IOException {
        return page.evaluate(DECODE, Map.of("png", Base64.getEncoder().encodeToString(Files.readAllBytes(frame.file())),
                "old", old));
    }

    private static boolean sameOrigin(String url, String base) {
        return url.startsWith(base + "/") || url.startsWith("data:") || url.startsWith("blob:");
    }

    /** zbarimg once over all frames, QR only as the kiosk reads only QR; every frame's text is unique. */
    private static Set<String> zbar(List<ScanFrames.Frame> frames) throws Exception {
        List<String> command = new ArrayList<>(List.of("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable"));
        frames.forEach(frame -> command.add(frame.file().toString()));
        return new HashSet<>(run(command).lines().map(String::strip).toList());
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /** Reads per condition and the new decoder's times. */
    private static final class Results {

        private final Map<String, int[]> byCondition = new LinkedHashMap<>();
        private final Map<Integer, int[]> bySize = new TreeMap<>();
        private final List<Double> times = new ArrayList<>();
        private final List<Double> oldTimes = new ArrayList<>();
        private final int[] total = new int[4];

        void add(ScanFrames.Frame frame, boolean zbar, boolean now, Boolean old, double ms, Double oldMs) {
            for (int[] row : List.of(byCondition.computeIfAbsent(frame.condition(), c -> new int[4]),
                    bySize.computeIfAbsent(frame.size(), s -> new int[4]), total)) {
                row[0]++;
                row[1] += zbar ? 1 : 0;
                row[2] += now ? 1 : 0;
                row[3] += Boolean.TRUE.equals(old) ? 1 : 0;
            }
            times.add(ms);
            if (oldMs != null) {
                oldTimes.add(oldMs);
            }
        }

        String markdown(String zbarVersion, String chromium, List<String> wasm, List<String> elsewhere, boolean old) {
            StringBuilder md = new StringBuilder("## Stand camera: QR decoding\n\n");
            md.append("""
                    `ScannerBench` (session, src/test): %d venue-like 1280×720 frames (seed %d, `target/bench/frames`): \
                    a session URL as QR (level M) at %s px, clean or with blur, shake, noise, rotation, tilt, low light, \
                    glare, low contrast or a mix, four strengths each. zbarimg %s (QR only); the kiosk's decoder \
                    (zxing-wasm, ZXing-C++) from the production bundle in headless Chromium %s%s.
                    Goals: at least zbar's read rate; under 30 ms per 1280×720 frame.

                    """.formatted(total[0], SEED, java.util.Arrays.toString(ScanFrames.SIZES), zbarVersion, chromium,
                    old ? "; before: @zxing/library 0.23.0 (what @zxing/browser ran) on the same ImageData" : ""));
            md.append("| frames | n | zbarimg | kiosk (zxing-wasm) |").append(old ? " before (@zxing/library) |" : "").append('\n');
            md.append("|---|---|---|---|").append(old ? "---|" : "").append('\n');
            byCondition.forEach((condition, row) -> md.append(row(condition, row, old)));
            bySize.forEach((size, row) -> md.append(row(size + " px code", row, old)));
            md.append(row("**all**", total, old)).append('\n');
            md.append("Read rate vs zbarimg: %.2f×. Decode time per 1280×720 frame (kiosk decoder, warm): p50 %.1f ms, "
                    .formatted(total[1] == 0 ? 0 : total[2] / (double) total[1], percentile(times, 50)));
            md.append("p95 %.1f ms, max %.1f ms".formatted(percentile(times, 95), percentile(times, 100)));
            if (old) {
                md.append("; before: p50 %.1f ms, p95 %.1f ms".formatted(percentile(oldTimes, 50), percentile(oldTimes, 95)));
            }
            md.append(".\n\nThe .wasm came from the app itself: %s; requests to anywhere else: %s.\n\n"
                    .formatted(wasm.isEmpty() ? "(no .wasm request seen)" : String.join(", ", wasm),
                            elsewhere.isEmpty() ? "none" : String.join(", ", elsewhere)));
            return md.toString();
        }

        private static String row(Object name, int[] row, boolean old) {
            return "| %s | %d | %s | %s |%s%n".formatted(name, row[0], share(row[1], row[0]), share(row[2], row[0]),
                    old ? " " + share(row[3], row[0]) + " |" : "");
        }

        private static String share(int part, int whole) {
            return "%d (%.0f %%)".formatted(part, 100.0 * part / whole);
        }

        private static double percentile(List<Double> values, int p) {
            List<Double> sorted = values.stream().sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }
}
