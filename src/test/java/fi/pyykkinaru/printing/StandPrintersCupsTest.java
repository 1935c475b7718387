package fi.pyykkinaru.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSettings;
import fi.pyykkinaru.kiosk.Stands;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stands' own printers against a real CUPS: the queues CUPS offers are listed with their state (CUPS-Get-Printers),
 * and a job asked for at a stand goes to that stand's printer, another stand's to its own, and one asked for
 * nowhere in particular to the settings file's printer.
 */
@PyykkinaruTest
class StandPrintersCupsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void printers(DynamicPropertyRegistry registry) {
        PrivateCups.printers(registry);
        // The settings file's badge printer is the faulty queue (not failing here): stand B's own is PYKPDF.
        registry.add("pyykkinaru.printing.badge-printer", () -> PrivateCups.address() + "/printers/PYKFAULT");
        registry.add("pyykkinaru.printing.cups-url", () -> PrivateCups.address().replace("ipp://", "http://"));
    }

    @Autowired
    Printers printers;
    @Autowired
    Registrations registrations;
    @Autowired
    BadgePrinting badges;
    @Autowired
    PrintQueue queue;
    @Autowired
    Events events;
    @Autowired
    Stands stands;
    @Autowired
    StandSettings settings;

    private Event event;

    @BeforeEach
    void event() throws Exception {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        PrivateCups.stopFailing();
    }

    @AfterEach
    void printersBackInShape() {
        PrivateCups.admin("cupsenable", "PYKPDF", "PYKFAULT");
    }

    @Test
    void the_queues_cups_offers_are_listed_with_their_address_and_state_in_cups_own_words() throws Exception {
        PrivateCups.admin("cupsdisable", "-r", "Paper jam", "PYKPDF");

        List<IppClient.Queue> queues = printers.queues();

        assertThat(queues).extracting(IppClient.Queue::name).contains("PYKFAULT", "PYKPDF");
        IppClient.Queue pdf = queues.stream().filter(q -> q.name().equals("PYKPDF")).findFirst().orElseThrow();
        assertThat(pdf.address()).isEqualTo(PrivateCups.address() + "/printers/PYKPDF");
        assertThat(pdf.status().state()).isEqualTo(5);
        assertThat(pdf.status().ready()).isFalse();
        assertThat(pdf.status().why()).contains("Paper jam");
        IppClient.Queue fault = queues.stream().filter(q -> q.name().equals("PYKFAULT")).findFirst().orElseThrow();
        assertThat(fault.status().ready()).isTrue();
        assertThat(fault.status().state()).isIn(3, 4);
    }

    @Test
    void a_cups_that_does_not_answer_is_said_so() {
        IppClient ipp = new IppClient();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ipp.queues(URI.create("http://127.0.0.1:9")))
                .isInstanceOf(PrinterException.class);
    }

    @Test
    void a_badge_asked_for_at_a_stand_prints_on_that_stands_printer_and_another_stands_on_its_own() throws Exception {
        Stand a = stands.save(withBadgePrinter(Stand.create(event.requireId(), "Osasto A", settings),
                PrivateCups.address() + "/printers/PYKFAULT"));
        Stand b = stands.save(withBadgePrinter(Stand.create(event.requireId(), "Osasto B", settings),
                PrivateCups.address() + "/printers/PYKPDF"));

        PrintJob atA = badges.registered(register("Aino A"), event, true, a.printer("badge"));
        PrintJob atB = badges.registered(register("Bertta B"), event, true, b.printer("badge"));
        PrintJob nowhere = badges.registered(register("Ei osastoa"), event, true, null);

        assertThat(queue.job(atB.id()).printer()).isEqualTo(PrivateCups.address() + "/printers/PYKPDF");
        assertThat(queue.job(nowhere.id()).printer()).isNull();
        assertThat(printers.address(queue.job(nowhere.id()))).contains(URI.create(PrivateCups.address() + "/printers/PYKFAULT"));
        assertLandsIn(awaitDone(atA), PrivateCups.faultOutFolder(), "job-");
        assertLandsIn(awaitDone(atB), PrivateCups.pdfFolder(), "job_");
        assertLandsIn(awaitDone(nowhere), PrivateCups.faultOutFolder(), "job-");
    }

    @Test
    void a_reprint_goes_to_the_printer_of_the_original() throws Exception {
        String pdf = PrivateCups.address() + "/printers/PYKPDF";
        PrintJob first = awaitDone(badges.registered(register("Uusinta"), event, true, pdf));

        PrintJob again = queue.reprint(first.id());

        assertThat(again.printer()).isEqualTo(pdf);
        assertLandsIn(awaitDone(again), PrivateCups.pdfFolder(), "job_");
    }

    private static Stand withBadgePrinter(Stand s, String printer) {
        return new Stand(s.id(), s.eventId(), s.name(), s.lines(), s.languages(), s.idleTimeoutSeconds(), s.attract(),
                s.autoPrintBadges(), printer, s.receiptPrinter(), s.a4Printer(), s.version());
    }

    private Registration register(String name) {
        return registrations.register(event, new RegistrationDraft(name, "Testi ry", null, null, List.of("fi"), null, false),
                RegistrationSource.KIOSK);
    }

    private PrintJob awaitDone(PrintJob job) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(queue.job(job.id()).state()).as("job %d (%s)", job.id(), queue.job(job.id()).lastError())
                        .isEqualTo(PrintState.DONE));
        return queue.job(job.id());
    }

    /** PYKPDF files a job as job_<id>-<title>.pdf, PYKFAULT as job-<id>.pdf: the folder and name tell the queue. */
    private static void assertLandsIn(PrintJob job, Path folder, String prefix) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(PrivateCups.files(folder))
                .as("job %d (printer job %d)", job.id(), job.printerJobId())
                .anyMatch(p -> p.getFileName().toString().startsWith(prefix + job.printerJobId()
                        + (prefix.equals("job-") ? "." : "-"))));
    }
}
