package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.pyykkinaru.HelperProcesses;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.load.RunningJar;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.setup.SetupFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 13's "done", as a new organiser meets it: the real app started without the sample event, set up from nothing
 * in the browser — an event with two lines and two stands, two screens paired with different stands, each showing
 * its own stand's line and taking a slip that hangs on its own wall only; then the event copied, and its exported
 * set-up imported into a second server with an empty database, which ends up with the same set-up.
 */
@TestPropertySource(properties = "pyykkinaru.sample-event.enabled=false")
class EventSetupIT extends BrowserTest {

    private static final String SLUG = "pyykkipaiva";
    private static final String JOY = "Mikä ilahdutti sinua tänään?";
    private static final String TRY = "Mitä kuntasi pitäisi kokeilla?";

    @Autowired Lines lines;
    @Autowired Stands stands;
    @Autowired SetupFile setupFile;

    @Test
    void an_organiser_sets_up_an_event_whose_two_stands_each_show_and_take_their_own_line() throws Exception {
        Page screenA = standScreen();
        screenA.navigate("/");
        assertThat(screenA.locator("#setup-staff")).isVisible();
        screenshot(screenA, "event-setup-not-set-up-1920x1080");

        Page staff = standScreen();
        logIn(staff, "/staff/events");
        staff.locator("#event-new").click();
        staff.locator("#event-name-fi input").fill("Pyykkipäivä");
        staff.locator("#event-slug input").fill(SLUG);
        staff.locator("#event-save").click();
        try {
            assertThat(staff.locator("#event-item-" + SLUG)).isVisible();
        } catch (AssertionError notSaved) {
            // What the organiser saw instead: the form's messages tell why the save did not go through.
            screenshot(staff, "event-setup-not-saved-1920x1080");
            throw notSaved;
        }
        addLine(staff, JOY);
        addLine(staff, TRY);
        Event event = events.bySlug(SLUG).orElseThrow();
        List<Line> made = lines.active(event.requireId());
        assertThat(made).extracting(l -> l.prompt().fi()).containsExactly(JOY, TRY);
        String joy = made.get(0).code();
        String tryOut = made.get(1).code();
        screenshot(staff, "event-setup-lines-1920x1080");

        staff.navigate("/staff/stands");
        addStand(staff, "Innotori", JOY);
        addStand(staff, "Päälava", TRY);
        screenshot(staff, "event-setup-stands-1920x1080");

        // Two stands: a screen nobody has paired asks to be paired, each with a code of its own.
        screenA.reload();
        Page screenB = standScreen();
        screenB.navigate("/");
        assertThat(screenA.locator("#pairing-code")).isVisible();
        assertThat(screenB.locator("#pairing-code")).isVisible();
        String codeA = screenA.locator("#pairing-code").innerText().strip();
        String codeB = screenB.locator("#pairing-code").innerText().strip();
        assertThat(codeA).isNotEqualTo(codeB);
        screenshot(screenB, "event-setup-pairing-1920x1080");
        pair(staff, codeA, "Innotori");
        pair(staff, codeB, "Päälava");

        // Nobody touches the screens: each turns to its own stand's wall.
        assertThat(screenA.locator("#line-" + joy)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(screenB.locator("#line-" + tryOut)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(screenA.locator("#line-" + tryOut)).hasCount(0);
        assertThat(screenB.locator("#line-" + joy)).hasCount(0);
        assertThat(screenA.locator("#kiosk-stand")).containsText("Innotori");
        assertThat(screenB.locator("#kiosk-stand")).containsText("Päälava");

        answer(screenA, joy, "Kahvi ja hyvät keskustelut");
        answer(screenB, tryOut, "Perustulo nuorille");
        LocatorAssertions.ContainsTextOptions patiently = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
        assertThat(screenA.locator("#line-" + joy)).containsText("Kahvi ja hyvät keskustelut", patiently);
        assertThat(screenB.locator("#line-" + tryOut)).containsText("Perustulo nuorille", patiently);
        assertThat(screenA.getByText("Perustulo nuorille")).hasCount(0);
        assertThat(screenB.getByText("Kahvi ja hyvät keskustelut")).hasCount(0);
        screenshot(screenA, "event-setup-stand-a-1920x1080");
        screenshot(screenB, "event-setup-stand-b-1920x1080");

        // Next year's edition: lines and stands come along, slips do not.
        staff.navigate("/staff/events");
        staff.locator("#event-item-" + SLUG).click();
        staff.locator("#event-copy").click();
        staff.locator("#copy-name-fi input").fill("Pyykkipäivä 2027");
        staff.locator("#copy-slug input").fill(SLUG + "-2027");
        staff.locator("#copy-ok").click();
        assertThat(staff.locator("#event-item-" + SLUG + "-2027")).isVisible();
        Event copy = events.bySlug(SLUG + "-2027").orElseThrow();
        assertThat(lines.active(copy.requireId())).extracting(Line::code).containsExactly(joy, tryOut);
        assertThat(stands.of(copy.requireId())).extracting(Stand::name).containsExactlyInAnyOrder("Innotori", "Päälava");
        assertThat(copy.startsOn()).isAfter(event.endsOn());

        // The set-up file, downloaded as an organiser does, into a second server whose database is empty.
        staff.locator("#event-item-" + SLUG).click();
        Download download = staff.waitForDownload(() -> staff.locator("#event-export").click());
        Path file = Files.createTempFile("pyykkipaiva-setup", ".json");
        download.saveAs(file);
        Path data = Files.createTempDirectory(Path.of("target"), "e2e-empty-");
        int port = HelperProcesses.freePort();
        Process empty = emptyServer(data, port);
        try {
            Page other = newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setLocale("fi-FI"))
                    .newPage();
            logIn(other, "http://localhost:" + port + "/staff/events");
            other.locator("#event-import input[type=file]").setInputFiles(file);
            assertThat(other.locator("#setup-created")).isVisible();
            screenshot(other, "event-setup-imported-1920x1080");
            Download again = other.waitForDownload(() -> other.locator("#event-export").click());
            assertThat(withoutTime(Files.readAllBytes(again.path()))).isEqualTo(withoutTime(setupFile.export(event)));
        } finally {
            RunningJar.stop(empty);
        }
    }

    private static void addLine(Page staff, String prompt) {
        staff.locator("#line-new").click();
        assertThat(staff.locator("#line-prompt-fi input")).hasValue("");
        staff.locator("#line-kind").click();
        staff.locator("vaadin-select-item[role=option]", new Page.LocatorOptions().setHasText("Kysymysnaru")).click();
        staff.locator("#line-prompt-fi input").fill(prompt);
        staff.locator("#line-save").click();
        assertThat(staff.locator("#lines-list")).containsText(prompt);
    }

    private static void addStand(Page staff, String name, String linePrompt) {
        staff.locator("#stand-new").click();
        // The form empties when the server has answered the click; what is typed before that would be emptied too.
        assertThat(staff.locator("#stand-name input")).hasValue("");
        staff.locator("#stand-name input").fill(name);
        staff.locator("#stand-lines vaadin-checkbox", new Page.LocatorOptions().setHasText(linePrompt)).click();
        staff.locator("#stand-save").click();
        assertThat(staff.locator("#stands-message")).containsText(name);
    }

    private static void pair(Page staff, String code, String standName) {
        staff.locator("#pair-code input").fill(code);
        staff.locator("#pair-stand").click();
        staff.locator("vaadin-select-item[role=option]", new Page.LocatorOptions().setHasText(standName)).click();
        staff.locator("#pair-submit").click();
        assertThat(staff.locator("#pair-message")).containsText(code);
    }

    private static void answer(Page screen, String lineCode, String text) {
        screen.locator("#start-report-" + lineCode).click();
        screen.locator("#slip-title input").click();
        screen.locator("#slip-title input").fill(text);
        screen.locator("#slip-preview").click();
        screen.locator("#slip-pin").click();
        assertThat(screen.locator("#slip-thanks")).isVisible();
        screen.locator("#done").click();
    }

    /**
     * The real jar on a port of its own with a database of its own that nothing has been put in, started as an
     * organiser would start it without the sample: {@code PYYKKINARU_SAMPLE_EVENT_ENABLED=false}.
     */
    private static Process emptyServer(Path data, int port) throws Exception {
        ProcessBuilder jar = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/pyykkinaru.jar", "--server.port=" + port, "--pyykkinaru.data-dir=" + data,
                "--pyykkinaru.security.initial-organiser-password=" + ORGANISER_PASSWORD,
                // PhoneWarmUpTest covers the warm-up; here it would only add its minute to the start.
                "--pyykkinaru.phone.warm-up=0s")
                .redirectOutput(data.resolve("server.log").toFile()).redirectErrorStream(true);
        jar.environment().put("PYYKKINARU_SAMPLE_EVENT_ENABLED", "false");
        Process server = jar.start();
        for (int i = 0; i < 480 && server.isAlive(); i++) {
            if (Files.readString(data.resolve("server.log")).contains("Pyykkinaru is ready")) {
                return server;
            }
            Thread.sleep(250);
        }
        server.destroyForcibly();
        throw new IllegalStateException("The empty server did not start; see " + data.resolve("server.log"));
    }

    private static ObjectNode withoutTime(byte[] setup) {
        ObjectNode file = (ObjectNode) new ObjectMapper().readTree(setup);
        file.remove("exported");
        return file;
    }
}
