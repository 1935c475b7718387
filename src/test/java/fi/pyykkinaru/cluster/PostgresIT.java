package fi.pyykkinaru.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.pyykkinaru.Application;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.clothesline.WallBroadcaster;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.harvest.Exports;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.printing.PrintDocument;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.printing.PrintState;
import fi.pyykkinaru.printing.PrinterPurpose;
import fi.pyykkinaru.printing.PrivateCups;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.ResultsBroadcaster;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.staff.StaffAccounts;
import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Types;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The postgres profile on a real PostgreSQL: the same Flyway migrations make the schema, the app's paths work
 * on it (wall, votes, badges with their PDFs, exports, reports, accounts), and a second app node on the same
 * database hears every change of the first within seconds, and the first every change of the second. Each node
 * has a printer of its own on the tests' private CUPS (node A: PYKPDF for badges and A4; node B: PYKFAULT for
 * badges, none for A4): every job prints once, on its own node's printer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pyykkinaru.data-dir=target/test-data/${random.uuid}",
        "pyykkinaru.security.initial-organiser-password=postgres-test-password",
        "pyykkinaru.stand.name=Node A",
        "pyykkinaru.printing.node=node-a",
        "pyykkinaru.printing.receipt-printer=",
        "pyykkinaru.printing.retry-min=200ms",
        "pyykkinaru.printing.retry-max=1s",
        "pyykkinaru.printing.poll=200ms"
})
@ActiveProfiles("postgres")
class PostgresIT {

    private static ConfigurableApplicationContext nodeB;

    @Autowired JdbcClient jdbc;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired Sessions sessions;
    @Autowired Feedback feedback;
    @Autowired Registrations registrations;
    @Autowired BadgePrinting badges;
    @Autowired Exports exports;
    @Autowired Reports reports;
    @Autowired StaffAccounts accounts;
    @Autowired WallBroadcaster wall;
    @Autowired PrintQueue printQueue;
    @LocalServerPort int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PrivatePostgres.node().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("pyykkinaru.printing.badge-printer", () -> PrivateCups.address() + "/printers/PYKPDF");
        registry.add("pyykkinaru.printing.a4-printer", () -> PrivateCups.address() + "/printers/PYKPDF");
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    @WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
    void the_same_migrations_make_the_schema_and_the_app_works_on_it() {
        assertThat(jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class).list()).containsExactlyElementsOf(migrationVersions());
        assertThat(jdbc.sql("select data_type from information_schema.columns where table_name = 'print_job' "
                + "and column_name = 'document'").query(String.class).single()).isEqualTo("bytea");
        Event event = events.current().orElseThrow();
        Line practices = practices(event);
        assertThat(slips.wallPage(practices, 0, 24).slips()).isNotEmpty();

        String title = "Postgres-lappu " + UUID.randomUUID().toString().substring(0, 6);
        slips.peg(practices.requireId(), draft(title), "Node A");
        String csv = new String(exports.csv(Exports.Kind.SLIPS, event, false, java.util.Locale.of("fi")), StandardCharsets.UTF_8);
        assertThat(csv).as("the themes gathered in code order, in words").contains(title).contains("Ikääntyneet, Mielenterveys");

        Session session = sessions.programme(event.id()).getFirst();
        long before = feedback.result(session).count();
        feedback.vote(session, "postgres-voter", Score.of(2), Channel.PHONE);
        feedback.vote(session, "postgres-voter", Score.of(1), Channel.PHONE);
        assertThat(feedback.result(session).count()).isEqualTo(before + 1);

        Registration visitor = registrations.register(event, new RegistrationDraft("Postgres Pirjo", "Tietokanta ry", null,
                Region.HELSINKI, List.of("fi"), null, false), RegistrationSource.STAFF);
        badges.print(visitor, event);
        assertThat(registrations.byCode(visitor.badgeCode())).isPresent();
        assertThat(jdbc.sql("select octet_length(document) from print_job where subject = ?").param("registration:" + visitor.requireId())
                .query(Integer.class).list()).isNotEmpty().allSatisfy(bytes -> assertThat(bytes).isGreaterThan(1000));

        // The harvest hears of the practice after its commit, on a thread of its own.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(reports.of(event.id()))
                .extracting(Report::title).contains(title));
        StaffAccounts.Link link = accounts.invite("pg-staff", false);
        assertThat(accounts.complete(link.token(), "postgres-salasana", "postgres-salasana")).isEqualTo("pg-staff");
    }

    @Test
    void a_change_on_one_node_reaches_the_screens_of_the_other_and_back() throws Exception {
        ConfigurableApplicationContext b = nodeB();
        Event event = events.current().orElseThrow();
        Line practices = practices(event);

        BlockingQueue<Long> heardOnB = new LinkedBlockingQueue<>();
        b.getBean(WallBroadcaster.class).subscribe(event.id(), heardOnB::add);
        slips.peg(practices.requireId(), draft("Pegged on node A"), "Node A");
        assertThat(heardOnB.poll(10, TimeUnit.SECONDS)).as("node B's walls hear of node A's slip").isEqualTo(practices.requireId());

        BlockingQueue<Long> heardOnA = new LinkedBlockingQueue<>();
        wall.subscribe(event.id(), heardOnA::add);
        b.getBean(Slips.class).peg(practices.requireId(), draft("Pegged on node B"), "Node B");
        assertThat(heardOnA.poll(10, TimeUnit.SECONDS)).as("and node A's of node B's").isEqualTo(practices.requireId());

        Session session = sessions.programme(event.id()).getFirst();
        CountDownLatch resultsOnB = new CountDownLatch(1);
        b.getBean(ResultsBroadcaster.class).subscribe(session.requireId(), resultsOnB::countDown);
        feedback.vote(session, "cluster-voter", Score.of(-1), Channel.KIOSK);
        assertThat(resultsOnB.await(10, TimeUnit.SECONDS)).as("node B's result screens follow a vote on node A").isTrue();

        // Behind a load balancer a phone may reach either node: node B answers the same session page.
        int portB = Integer.parseInt(b.getEnvironment().getProperty("local.server.port"));
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + portB + "/s/" + session.token())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(session.title());
    }

    @Test
    void each_node_prints_its_own_jobs_on_its_own_printer_and_none_twice() throws Exception {
        PrintQueue queueB = nodeB().getBean(PrintQueue.class);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<PrintJob> badgesOnA = new ArrayList<>();
        List<PrintJob> sheetsOnA = new ArrayList<>();
        List<PrintJob> badgesOnB = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // Interleaved, as visitors at two stands would: every worker sees every job appear in the database.
            badgesOnA.add(printQueue.submit(document(PrintKind.BADGE, run + "-a" + i), false));
            badgesOnB.add(queueB.submit(document(PrintKind.BADGE, run + "-b" + i), false));
            if (i < 2) {
                // Node B has no A4 printer: it must leave these alone, not queue them again once node A sent them.
                sheetsOnA.add(printQueue.submit(document(PrintKind.BADGE_SHEET, run + "-s" + i), false));
            }
        }
        List<PrintJob> onA = new ArrayList<>(badgesOnA);
        onA.addAll(sheetsOnA);
        List<PrintJob> all = new ArrayList<>(onA);
        all.addAll(badgesOnB);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(all).allSatisfy(job -> assertThat(printQueue.job(job.id()).state())
                        .as("job %d (%s)", job.id(), printQueue.job(job.id()).lastError()).isEqualTo(PrintState.DONE)));

        URI pdfPrinter = URI.create(PrivateCups.address() + "/printers/PYKPDF");
        URI faultPrinter = URI.create(PrivateCups.address() + "/printers/PYKFAULT");
        List<String> atPdf = jobNames(pdfPrinter);
        List<String> atFault = jobNames(faultPrinter);
        for (PrintJob job : onA) {
            PrintJob done = printQueue.job(job.id());
            assertThat(done.node()).isEqualTo("node-a");
            assertThat(done.attempts()).as("job %d was sent once", job.id()).isEqualTo(1);
            assertThat(atPdf).as("node A's job %d on node A's printer, once", job.id()).filteredOn(sentAs(done)).hasSize(1);
            assertThat(atFault).as("and never on node B's").noneMatch(sentAs(done));
            assertThat(PrivateCups.files(PrivateCups.pdfFolder())).as("node A's job %d on paper", job.id())
                    .anyMatch(p -> p.getFileName().toString().startsWith("job_" + done.printerJobId() + "-"));
        }
        for (PrintJob job : badgesOnB) {
            PrintJob done = queueB.job(job.id());
            assertThat(done.node()).isEqualTo("node-b");
            assertThat(done.attempts()).as("job %d was sent once", job.id()).isEqualTo(1);
            assertThat(atFault).as("node B's job %d on node B's printer, once", job.id()).filteredOn(sentAs(done)).hasSize(1);
            assertThat(atPdf).as("and never on node A's").noneMatch(sentAs(done));
            assertThat(PrivateCups.faultOutFolder().resolve("job-" + done.printerJobId() + ".pdf")).as("on paper").exists();
        }
        // Both workers keep going round: a while later nothing of the other node's has been touched again.
        Thread.sleep(2000);
        assertThat(all).allSatisfy(job -> assertThat(printQueue.job(job.id()).attempts()).isEqualTo(1));
        assertThat(jobNames(pdfPrinter)).hasSameSizeAs(atPdf);
        assertThat(jobNames(faultPrinter)).hasSameSizeAs(atFault);
    }

    @Test
    void staff_on_one_node_cancel_a_job_that_waits_at_the_other_nodes_printer() throws Exception {
        PrintQueue queueB = nodeB().getBean(PrintQueue.class);
        // The backend fails and stops its printer: the job waits in the spooler, where only node B can reach it.
        PrivateCups.failWith("Out of labels");
        try {
            PrintJob job = queueB.submit(document(PrintKind.BADGE, "cancel-" + UUID.randomUUID()), false);
            await().atMost(Duration.ofSeconds(30)).until(() -> printQueue.job(job.id()).printerJobId() != null
                    && printQueue.job(job.id()).lastError() != null);

            printQueue.cancel(job.id());

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(printQueue.job(job.id()).state()).isEqualTo(PrintState.CANCELLED));
            // Mended, the printer would now print the job had it not been cancelled in the spooler itself.
            PrivateCups.stopFailing();
            PrivateCups.admin("cupsenable", "PYKFAULT");
            Thread.sleep(3000);
            assertThat(PrivateCups.files(PrivateCups.faultOutFolder()))
                    .noneMatch(p -> p.getFileName().toString().equals("job-" + printQueue.job(job.id()).printerJobId() + ".pdf"));
        } finally {
            PrivateCups.stopFailing();
            PrivateCups.admin("cupsenable", "PYKFAULT");
        }
    }

    private static PrintDocument document(PrintKind kind, String subject) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage(kind.purpose() == PrinterPurpose.A4 ? PDRectangle.A4 : new PDRectangle(255, 153)));
            pdf.save(bytes);
            return new PrintDocument(kind, subject, "Solmutesti " + subject, kind.purpose() == PrinterPurpose.A4
                    ? "iso_a4_210x297mm" : "custom_90x54mm_90x54mm", bytes.toByteArray());
        }
    }

    /** The spooler's record: a job goes out as pyykkinaru-<id>-<queued at>-<try>, so any try of it has this start. */
    private static java.util.function.Predicate<String> sentAs(PrintJob job) {
        String prefix = "pyykkinaru-" + job.id() + "-" + job.createdAt().toEpochMilli() + "-";
        return name -> name.startsWith(prefix);
    }

    /** The names of every job the printer ever had (the private CUPS keeps its job history), asked over IPP. */
    private static List<String> jobNames(URI printer) throws Exception {
        IppPacket request = IppPacket.getJobs(printer).putOperationAttributes(Types.requestingUserName.of("test"),
                Types.whichJobs.of("all"), Types.requestedAttributes.of("job-name")).build();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        request.write(body);
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(printer.toString().replace("ipp://", "http://")))
                .header("Content-Type", "application/ipp").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        try (IppInputStream in = new IppInputStream(new ByteArrayInputStream(answer.body()))) {
            return in.readPacket().getAttributeGroups().stream().filter(g -> g.getTag().equals(Tag.jobAttributes))
                    .map(g -> g.getString(Types.jobName)).filter(java.util.Objects::nonNull).toList();
        }
    }

    private static synchronized ConfigurableApplicationContext nodeB() {
        if (nodeB == null) {
            Map<String, Object> settings = new HashMap<>(PrivatePostgres.node());
            settings.put("server.port", 0);
            settings.put("pyykkinaru.data-dir", "target/test-data/" + UUID.randomUUID());
            settings.put("pyykkinaru.stand.name", "Node B");
            settings.put("pyykkinaru.printing.node", "node-b");
            settings.put("pyykkinaru.printing.badge-printer", PrivateCups.address() + "/printers/PYKFAULT");
            settings.put("pyykkinaru.printing.a4-printer", "");
            settings.put("pyykkinaru.printing.receipt-printer", "");
            settings.put("pyykkinaru.printing.retry-min", "200ms");
            settings.put("pyykkinaru.printing.retry-max", "1s");
            settings.put("pyykkinaru.printing.poll", "200ms");
            settings.put("pyykkinaru.security.initial-organiser-password", "postgres-test-password");
            // As arguments: they outrank application-postgres.properties, as a node's command line would.
            nodeB = new SpringApplicationBuilder(Application.class).profiles("postgres")
                    .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        }
        return nodeB;
    }

    private Line practices(Event event) {
        return lines.active(event.id()).stream().filter(l -> l.kind() == LineKind.PRACTICE).findFirst().orElseThrow();
    }

    private static SlipDraft draft(String title) {
        return new SlipDraft(title, "Toimii yhteisellä tietokannalla.", "Klusteri ry", Ownership.OTHER, Region.LAPPI,
                Set.of("ikaantyneet", "mielenterveys"), null, null, null, false);
    }

    /**
     * Every migration the app carries, in order: all of them, and only them, ran on PostgreSQL. Most are SQL files;
     * one that needs code (V20, which must make marks it cannot compute in SQL) is a Java class.
     */
    private static java.util.List<String> migrationVersions() {
        try (var sql = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"));
                var code = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/db/migration"))) {
            return java.util.stream.Stream.concat(sql, code).map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.(sql|java)"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
