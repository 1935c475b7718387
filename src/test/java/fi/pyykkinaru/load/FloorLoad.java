package fi.pyykkinaru.load;

import fi.pyykkinaru.HelperProcesses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event floor against the real jar, in two parts, written as Markdown to the file given second:
 * <ol>
 * <li>Heap per idle UI: the server's heap after a full GC, before and after 300 stand screens open the wall
 * (each its own HTTP session and Vaadin UI, as a browser would make them); goal ≤ 150 KB each.</li>
 * <li>Kiosk round trip with 20 stand screens (each its own session, speaking Vaadin's protocol over HTTP) tapping
 * the language switch every 0.5–1 s, timed from the tap's request to the server's answer: first quiet, then during
 * bursts of phones voting, each phone on its own connection loading the page, voting and following the redirect
 * ({@link PhoneBurst}): by default 10,000 within 60 s (issue 18's goal) and 30,000 within 60 s (three times that,
 * where phones are turned away with 503); {@code -Dbursts=2000/50,10000/60}. Goal: the screens' p95 &lt; 50 ms
 * during every burst, the stand screens answering first while phones are turned away.</li>
 * </ol>
 * Run by {@code bench/run.sh}, after the jar is built.
 */
public final class FloorLoad {

    private static final int IDLE_UIS = Integer.getInteger("idleUis", 300);
    private static final int SCREENS = Integer.getInteger("screens", 20);
    private static final List<Burst> BURSTS = java.util.Arrays.stream(System.getProperty("bursts", "10000/60,30000/60")
            .split(",")).map(b -> new Burst(Integer.parseInt(b.split("/")[0].strip()),
                    Duration.ofSeconds(Long.parseLong(b.split("/")[1].strip())))).toList();
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private FloorLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/pyykkinaru.jar");
        Path report = Path.of(args.length > 1 ? args[1] : "target/bench/floor.md");
        Path data = Files.createTempDirectory("pyykkinaru-floor");
        int port = HelperProcesses.freePort();
        RunningJar.stop(RunningJar.start(jar, data, port, RunningJar.NO_WARM_UP));
        String token = RunningJar.query(data, "select token from programme_session where title = ?", "Digituki lähellä ihmistä");
        Process server = RunningJar.start(jar, data, port);
        List<String> lines = new ArrayList<>();
        try {
            if (IDLE_UIS > 0) {
                lines.addAll(heapPerIdleUi(server, port));
            }
            lines.addAll(roundTrips(port, token));
        } finally {
            RunningJar.stop(server);
        }
        Files.createDirectories(report.getParent());
        Files.write(report, lines);
        lines.forEach(System.out::println);
    }

    private static List<String> heapPerIdleUi(Process server, int port) throws Exception {
        HttpClient http = client();
        new StandScreen(http, port); // the first screen loads classes and caches that every later one shares
        long before = heapUsedKb(server);
        List<StandScreen> open = new ArrayList<>();
        for (int i = 0; i < IDLE_UIS; i++) {
            open.add(new StandScreen(http, port));
        }
        long after = heapUsedKb(server);
        String histogram = System.getProperty("histogram");
        if (histogram != null) {
            // What the idle UIs hold, class by class: -Dhistogram=target/bench/idle-ui-histogram.txt
            Files.writeString(Path.of(histogram), run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(server.pid()), "GC.class_histogram"));
        }
        double perUi = (after - before) / (double) open.size();
        return List.of("## Heap per idle UI", "",
                String.format("%d stand screens opened the wall (one session and UI each, the wall's slips drawn): heap after "
                        + "full GC %,d KB → %,d KB, **%.0f KB per idle UI** (goal ≤ 150 KB).", IDLE_UIS, before, after, perUi), "");
    }

    private static long heapUsedKb(Process server) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, String.valueOf(server.pid()), "GC.run");
        Thread.sleep(500);
        run(jcmd, String.valueOf(server.pid()), "GC.run");
        Matcher used = HEAP_USED.matcher(run(jcmd, String.valueOf(server.pid()), "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd");
        }
        return Long.parseLong(used.group(1));
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    private static List<String> roundTrips(int port, String token) throws Exception {
        HttpClient http = client();
        List<StandScreen> screens = new ArrayList<>();
        for (int i = 0; i < SCREENS; i++) {
            screens.add(new StandScreen(http, port));
        }
        // -Dquiet=0: the first burst right after the start (cold), the next ones after it (warm).
        long quietSeconds = Long.getLong("quiet", 15);
        List<Long> quiet = tapWhile(screens, () -> sleep(Duration.ofSeconds(quietSeconds)));
        List<String> lines = new ArrayList<>(List.of("## Kiosk round trip, " + SCREENS + " stand screens", "",
                "Each screen taps the language switch every 0.5–1 s; timed from the tap's request to the server's answer "
                        + "(the whole screen's new texts), in ms. Each phone on its own connection loads the session page, "
                        + "votes and follows the redirect; a phone turned away (503) gives up. Machine load average at the "
                        + "start: " + java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + ".", "",
                "| | stand screens' round trips | phones failed / turned away | page p50 / p95 | vote p50 / p95 | redirect p50 / p95 | 503 p50 / p95 |",
                "|---|---|---|---|---|---|---|",
                "| quiet, " + quietSeconds + " s | " + PhoneVoteLoad.percentiles(quiet) + " | – | – | – | – | – |"));
        for (Burst burst : BURSTS) {
            PhoneBurst[] phones = new PhoneBurst[1];
            List<Long> during = tapWhile(screens, () -> phones[0] = PhoneBurst.run("http://localhost:" + port + "/s/" + token,
                    burst.phones(), burst.over()));
            PhoneBurst p = phones[0];
            lines.add(String.format("| %,d phones within %d s (%d/s) | %s | %,d errors / %,d | %s | %s | %s | %s |", burst.phones(),
                    burst.over().toSeconds(), burst.phones() / burst.over().toSeconds(), PhoneVoteLoad.percentiles(during),
                    p.errors().size(), p.gaveUp(), PhoneVoteLoad.brief(p.loads()), PhoneVoteLoad.brief(p.votes()),
                    PhoneVoteLoad.brief(p.redirects()), PhoneVoteLoad.brief(p.shedTimes())));
        }
        lines.add("");
        return lines;
    }

    private record Burst(int phones, Duration over) {
    }

    /** Every screen taps in its own thread while {@code during} runs; returns all the round trips. */
    private static List<Long> tapWhile(List<StandScreen> screens, Runnable during) throws Exception {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        try (ExecutorService taps = Executors.newVirtualThreadPerTaskExecutor()) {
            for (StandScreen screen : screens) {
                taps.submit(() -> {
                    while (!stop.get()) {
                        sleep(Duration.ofMillis(500 + (long) (Math.random() * 500)));
                        try {
                            times.add(screen.tapLanguage());
                        } catch (Exception e) {
                            errors.add(e.toString());
                        }
                    }
                });
            }
            during.run();
            stop.set(true);
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.size() + " taps failed, e.g. " + errors.peek());
        }
        return times;
    }

    /**
     * A stand screen without a browser: it speaks Vaadin's own protocol (the page, the UI's init, the navigation to
     * the wall, then taps as click events), so the figures are the server's, not a busy browser's.
     */
    private static final class StandScreen {

        private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
        /** A script's success and failure channels: the first is where its result goes. */
        private static final Pattern RETURN_CHANNELS = Pattern.compile(
                "\\{\"@v-return\":\\[(\\d+),(\\d+)\\]\\},\\{\"@v-return\":\\[\\d+,\\d+\\]\\}");
        private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
        private static final String CLICK = "{\"event.screenX\":0,\"event.screenY\":0,\"event.clientX\":0,\"event.clientY\":0,"
                + "\"event.detail\":1,\"event.button\":0,\"event.ctrlKey\":false,\"event.shiftKey\":false,"
                + "\"event.altKey\":false,\"event.metaKey\":false}";

        private final HttpClient http;
        private final String base;
        private final String cookies;
        private final String securityKey;
        private final int uiId;
        private final int finnish;
        private final int swedish;
        private int syncId;
        private int clientId;
        private boolean inSwedish;

        StandScreen(HttpClient http, int port) throws Exception {
            this.http = http;
            this.base = "http://localhost:" + port + "/";
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString());
            cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
            String init = send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=&query=")).header("Cookie", cookies)
                    .build());
            Matcher key = SECURITY_KEY.matcher(init);
            if (!key.find()) {
                throw new IllegalStateException("no UI from init");
            }
            securityKey = key.group(1);
            // The UI the init made (the page's own server-drawn UI is another one).
            Matcher ui = Pattern.compile("\"v-uiId\":(\\d+)").matcher(init);
            uiId = ui.find() ? Integer.parseInt(ui.group(1)) : 0;
            String wall = rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
            finnish = node(wall, "lang-fi");
            swedish = node(wall, "lang-sv");
            answerScripts(wall);
        }

        /**
         * What a browser does with scripts whose result the server waits for: it runs them and sends each result
         * back. This screen runs nothing; it answers each with null, in one message, as a browser would right
         * after drawing the page.
         */
        private void answerScripts(String answer) throws Exception {
            Matcher awaited = RETURN_CHANNELS.matcher(answer);
            List<String> results = new ArrayList<>();
            while (awaited.find()) {
                results.add("{\"type\":\"channel\",\"node\":" + awaited.group(1) + ",\"channel\":" + awaited.group(2)
                        + ",\"args\":[null]}");
            }
            if (!results.isEmpty()) {
                rpc(String.join(",", results));
            }
        }

        long tapLanguage() throws Exception {
            inSwedish = !inSwedish;
            long started = System.nanoTime();
            String answer = rpc("{\"type\":\"event\",\"node\":" + (inSwedish ? swedish : finnish) + ",\"event\":\"click\",\"data\":"
                    + CLICK + "}");
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (!answer.contains(inSwedish ? "\"sv\"" : "\"fi\"")) {
                throw new IllegalStateException("the language did not change");
            }
            return millis;
        }

        private synchronized String rpc(String invocation) throws Exception {
            String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + invocation + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            String answer = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId)).header("Cookie", cookies)
                    .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)).build());
            Matcher sync = SYNC_ID.matcher(answer);
            while (sync.find()) {
                syncId = Integer.parseInt(sync.group(1));
            }
            clientId++;
            return answer;
        }

        private String send(HttpRequest request) throws Exception {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("answered " + answer.statusCode());
            }
            return answer.body();
        }

        private static int node(String changes, String id) {
            Matcher node = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + id + "\"")
                    .matcher(changes);
            if (!node.find()) {
                try {
                    Files.writeString(Path.of("target/bench/wall-without-" + id + ".json"), changes);
                } catch (java.io.IOException e) {
                    // only a clue for the message below
                }
                throw new IllegalStateException("no " + id + " on the wall (its answer: target/bench/wall-without-" + id + ".json)");
            }
            return Integer.parseInt(node.group(1));
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
