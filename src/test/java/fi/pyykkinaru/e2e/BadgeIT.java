package fi.pyykkinaru.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.printing.PrintState;
import fi.pyykkinaru.printing.PrivateCups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A newcomer registers at the kiosk and the badge lands in the virtual printer with a code that scans; with the
 * printer stopped the visitor is told to pick it up at the desk, staff see why in the queue, and it prints when
 * the printer is back; staff reprint it from the console.
 */
class BadgeIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @Autowired Registrations registrations;
    @Autowired PrintQueue queue;
    @Autowired fi.pyykkinaru.badge.BadgePrinting badges;
    @Autowired Events events;

    @AfterEach
    void printerBack() {
        PrivateCups.admin("cupsenable", "PYKPDF");
    }

    @Test
    void a_visitor_registers_at_the_kiosk_and_the_badge_prints_with_a_code_that_scans(@TempDir Path dir) throws Exception {
        Page kiosk = standScreen();
        kiosk.navigate("/");
        kiosk.locator("#start-register").click();
        kiosk.locator("#register-name input").fill("Åsa Wikström-Äijälä");
        kiosk.locator("#register-organisation input").fill("Pohjanmaan Kylät ry");
        screenshot(kiosk, "register-form-1920x1080");
        kiosk.locator("#register-submit").click();

        assertThat(kiosk.locator("#register-thanks")).isVisible();
        Registration visitor = registrations.find(events.current().orElseThrow(), "Åsa Wikström").getFirst();
        assertThat(kiosk.locator("#register-code")).containsText(BadgeCodes.display(visitor.badgeCode()));
        PrintJob job = awaitBadge(visitor, PrintState.DONE);
        assertThat(kiosk.locator("#register-badge-status")).hasText("Nimikorttisi on tulostettu – nouda se tulostimelta.");
        screenshot(kiosk, "register-thanks-1920x1080");

        Path printed = printedFile(job);
        // On paper the QR carries the badge's voting secret; the queue's stored copy has the code alone.
        String secret = badges.votingSecret(visitor);
        assertThat(PdfChecks.qrCodes(Files.readAllBytes(printed), dir))
                .containsExactly(BadgeCodes.payload(visitor.badgeCode(), secret));
        assertThat(PdfChecks.qrCodes(queue.document(job.id()), dir)).containsExactly(BadgeCodes.payload(visitor.badgeCode()));
        assertThat(new String(queue.document(job.id()), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);
    }

    @Test
    void with_the_printer_stopped_the_visitor_is_not_kept_waiting_and_staff_see_why_then_reprint() throws Exception {
        PrivateCups.admin("cupsdisable", "-r", "Paper jam", "PYKPDF");
        Page phone = phone();
        phone.navigate("/register");
        phone.locator("#register-name input").fill("Jonottava Jaana");
        phone.locator("#register-submit").click();
        assertThat(phone.locator("#register-thanks")).isVisible();
        assertThat(phone.locator("#register-badge-status")).hasText("Nimikorttisi on valmiina infopisteessä.");
        screenshot(phone, "register-desk-phone");

        Page staff = standScreen();
        logIn(staff, "/staff/print");
        Registration visitor = registrations.find(events.current().orElseThrow(), "Jonottava Jaana").getFirst();
        PrintJob job = queue.latest(PrintKind.BADGE, "registration:" + visitor.id()).orElseThrow();
        Locator grid = staff.locator("#print-queue");
        assertThat(grid).containsText("Jonottava Jaana");
        assertThat(grid).containsText("Paper jam");
        assertThat(grid).containsText("Jonossa");
        assertThat(staff.locator("#printer-badge")).containsText("Pysäytetty: Paper jam");
        screenshot(staff, "print-queue-stopped-1920x1080");

        PrivateCups.admin("cupsenable", "PYKPDF");
        awaitBadge(visitor, PrintState.DONE);
        assertThat(grid).containsText("Tulostettu");
        assertThat(staff.locator("#printer-badge")).containsText("Valmis");

        staff.locator("#print-reprint-" + job.id()).click();
        await().atMost(PATIENCE).until(() -> queue.history(PrintKind.BADGE, "registration:" + visitor.id()).stream()
                .filter(j -> j.state() == PrintState.DONE).count() == 2);
        assertThat(grid).containsText("uusintatulostus työstä " + job.id());
        screenshot(staff, "print-queue-reprinted-1920x1080");
    }

    @Test
    void staff_find_a_visitor_and_a_printed_badge_says_so_before_it_is_printed_again() {
        Page kiosk = standScreen();
        kiosk.navigate("/register");
        kiosk.locator("#register-name input").fill("Kaisa Kertaalleen");
        kiosk.locator("#register-submit").click();
        assertThat(kiosk.locator("#register-thanks")).isVisible();
        Registration visitor = registrations.find(events.current().orElseThrow(), "Kaisa Kertaalleen").getFirst();
        awaitBadge(visitor, PrintState.DONE);

        Page staff = standScreen();
        logIn(staff, "/staff/registrations");
        staff.locator("#registrations-search input").fill("Kertaalleen");
        // The list narrows to the search (the grid's row count is its size property) before a row is touched.
        staff.waitForFunction("() => document.querySelector('#registrations-grid').size === 1");
        // The grid keeps recycled rows in the page, hidden: only what is shown counts.
        Locator.FilterOptions shown = new Locator.FilterOptions().setVisible(true);
        assertThat(staff.locator("#registration-badge-" + visitor.id()).filter(shown)).containsText("Tulostettu 1 kertaa");
        staff.locator("#registration-print-" + visitor.id()).filter(shown).click();
        assertThat(staff.locator("#confirm-text")).containsText("on jo Tulostettu");
        screenshot(staff, "registrations-reprint-1920x1080");
        staff.locator("#confirm-cancel").click();
        assertThat(queue.history(PrintKind.BADGE, "registration:" + visitor.id())).hasSize(1);
    }

    private PrintJob awaitBadge(Registration visitor, PrintState state) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> queue
                .latest(PrintKind.BADGE, "registration:" + visitor.id()).map(j -> j.state() == state).orElse(false));
        return queue.latest(PrintKind.BADGE, "registration:" + visitor.id()).orElseThrow();
    }

    private static Path printedFile(PrintJob job) throws Exception {
        await().atMost(PATIENCE).until(() -> PrivateCups.files(PrivateCups.pdfFolder()).stream()
                .anyMatch(p -> p.getFileName().toString().startsWith("job_" + job.printerJobId() + "-")));
        List<Path> files = PrivateCups.files(PrivateCups.pdfFolder());
        return files.stream().filter(p -> p.getFileName().toString().startsWith("job_" + job.printerJobId() + "-"))
                .findFirst().orElseThrow();
    }
}
