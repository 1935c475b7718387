package fi.pyykkinaru.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fi.pyykkinaru.Application;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.kiosk.ThisStand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the wall, not a test: first render of a wall with 2,000 slips on one line, its DOM size, and how
 * long a slip pegged on one stand screen takes to hang on another. Starts the app on a fresh database, drives
 * Debian's Chromium, prints the figures. Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fi.pyykkinaru.e2e.WallTimings}
 */
public final class WallTimings {

    private static final int SLIPS = 2000;
    private static final int ROUNDS = 10;

    private WallTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("pyykkinaru-timings");
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
                "--pyykkinaru.data-dir=" + data, "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--pyykkinaru.security.initial-organiser-password=timings-only");
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Line line = app.getBean(Lines.class).shown(app.getBean(ThisStand.class).event().id(), List.of()).getLast();
            Slips slips = app.getBean(Slips.class);
            for (int i = 0; i < SLIPS; i++) {
                slips.peg(line.requireId(), SlipDraft.answer("Kuormitus " + i, null, null), "timings");
            }
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Page wall = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
            List<Long> renders = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                wall.navigate(base + "/");
                wall.locator(".slip", new Page.LocatorOptions().setHasText("Kuormitus " + (SLIPS - 1))).waitFor();
                renders.add((System.nanoTime() - start) / 1_000_000);
            }
            Object nodes = wall.evaluate("document.getElementsByTagName('*').length");
            Page kiosk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
            List<Long> arrivals = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                kiosk.navigate(base + "/report/" + line.code());
                String title = "Mittaus " + i;
                kiosk.locator("#slip-title input").fill(title);
                kiosk.locator("#slip-preview").click();
                kiosk.locator("#slip-pin").waitFor();
                long start = System.nanoTime();
                kiosk.locator("#slip-pin").click();
                wall.locator(".slip", new Page.LocatorOptions().setHasText(title)).waitFor();
                arrivals.add((System.nanoTime() - start) / 1_000_000);
            }
            System.out.printf("Wall with %d slips on one line, 1920x1080: first render ms %s (median %d), DOM nodes %s%n",
                    SLIPS, sorted(renders), median(renders), nodes);
            System.out.printf("Slip pegged on one stand screen until it hangs on another: ms %s (median %d)%n",
                    sorted(arrivals), median(arrivals));
            browser.close();
        } finally {
            app.close();
        }
    }

    private static List<Long> sorted(List<Long> values) {
        return values.stream().sorted().toList();
    }

    private static long median(List<Long> values) {
        List<Long> s = sorted(values);
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }
}
