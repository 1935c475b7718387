package fi.pyykkinaru.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.printing.PrivateCups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real application on a random port, driven by Debian's headless Chromium through Playwright. The idle
 * timeout and the more-time prompt's countdown are short so that the idle reset can be watched. Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pyykkinaru.data-dir=target/test-data/e2e-${random.uuid}",
        "pyykkinaru.backup.dir=target/test-backups/e2e-${random.uuid}",
        "pyykkinaru.security.initial-organiser-password=" + BrowserTest.ORGANISER_PASSWORD,
        "pyykkinaru.stand.name=E2E stand",
        "pyykkinaru.stand.idle-timeout=" + BrowserTest.IDLE_SECONDS + "s",
        "pyykkinaru.stand.idle-warning=" + BrowserTest.IDLE_WARNING_SECONDS + "s"
})
abstract class BrowserTest {

    static final String ORGANISER_PASSWORD = "organiser-e2e-password";
    // Short enough to watch the reset, long enough that a busy 2-core CI box starts the fake camera and decodes its
    // first frame (ScanIT), or runs the axe checks (AccessibilityIT), before the stand resets: at 4 s both were
    // seen failing once under load, with the screen back on the wall.
    static final int IDLE_SECONDS = 8;
    // How long "Tarvitsetko lisää aikaa?" counts down before the reset (30 s on a stand): long enough for a test to
    // see, photograph and answer it on a busy box, short enough to wait out.
    static final int IDLE_WARNING_SECONDS = 5;
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    /**
     * One Playwright driver and one Chromium for every browser test class of the run, closed when the run ends:
     * starting them costs seconds per class on a busy 2-core box. Tests stay apart as before, each in browser
     * contexts of its own (cookies, storage, permissions) that are closed after every test.
     */
    @RegisterExtension
    static final BeforeAllCallback SHARED_CHROMIUM = context -> chromium = context.getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .computeIfAbsent(SharedChromium.class, key -> new SharedChromium(), SharedChromium.class);

    private static SharedChromium chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    Sessions sessions;

    @Autowired
    Events events;

    /** The stand prints on a real CUPS of its own (see PrivateCups). */
    @DynamicPropertySource
    static void printers(DynamicPropertyRegistry registry) {
        PrivateCups.printers(registry);
    }

    /** Opens a staff page through the login form, as the sample organiser (who is staff too). */
    static void logIn(Page page, String path) {
        page.navigate(path);
        page.locator("vaadin-login-form input[name='username']").fill("organiser");
        page.locator("vaadin-login-form input[name='password']").fill(ORGANISER_PASSWORD);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL("**" + path + "*");
    }

    /** A session of the sample programme, by its title. */
    Session sampleSession(String title) {
        return sessions.programme(events.current().orElseThrow().id()).stream()
                .filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    // Autoplay as on a stand (kiosk-config/launch-kiosk.sh): speech plays a screen's heading with no tap first.
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--autoplay-policy=no-user-gesture-required");

    @BeforeAll
    static void screenshotFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    /** A second Chromium whose camera films the given .y4m video in a loop; the caller closes it. */
    static Browser chromiumFilming(Path y4m) {
        return chromium.launch(List.of("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + y4m.toAbsolutePath()));
    }

    /** The run's Playwright and its plain Chromium, relaunched should it have died under an earlier test. */
    private static final class SharedChromium implements AutoCloseable {

        private final Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        private Browser browser = launch(List.of());

        Browser launch(List<String> extraArgs) {
            List<String> args = new ArrayList<>(CHROMIUM_ARGS);
            args.addAll(extraArgs);
            return playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(CHROMIUM)).setHeadless(true).setArgs(args));
        }

        Browser browser() {
            if (!browser.isConnected()) {
                browser = launch(List.of());
            }
            return browser;
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A stand screen: 1920×1080 landscape. */
    Page standScreen() {
        return open(new Browser.NewContextOptions().setViewportSize(1920, 1080).setLocale("fi-FI"));
    }

    /** A visitor's phone, touch only. */
    Page phone() {
        return open(phoneOptions());
    }

    /**
     * A stand screen or phone with prefers-reduced-motion, which stops the theme's animations: colours are then
     * measured as they rest, not halfway through a fade.
     */
    Page withoutMotion(boolean phone) {
        Browser.NewContextOptions options = phone ? phoneOptions()
                : new Browser.NewContextOptions().setViewportSize(1920, 1080).setLocale("fi-FI");
        return open(options.setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
    }

    private static Browser.NewContextOptions phoneOptions() {
        return new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale("fi-FI");
    }

    private Page open(Browser.NewContextOptions options) {
        return newContext(options).newPage();
    }

    BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = chromium.browser().newContext(options.setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        return context;
    }

    /**
     * Waits until Vaadin has no request on its way: a view that draws a list anew on each tap replaces its buttons, and
     * a tap that lands while the answer is still coming goes to a button already on its way out.
     */
    static void settle(Page page) {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
