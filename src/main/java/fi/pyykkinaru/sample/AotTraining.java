package fi.pyykkinaru.sample;

import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training run of the JDK's AOT cache (kiosk-config/aot-cache.sh, on a throwaway data folder only): once the
 * sample event is up, the server is used over HTTP as the event floor uses it, phones (the session page, a vote, the
 * redirect, the details) and stand screens (the wall, its UI, language taps over Vaadin's protocol), then it exits and
 * the JVM writes the cache. The cache then holds the classes those requests load and, from JDK 25 (JEP 515), the
 * method profiles they made, so a freshly started server compiles its hot paths at once: the first burst of phones
 * after a start was answered like a server still warming up (issue 18). Never on a stand's own database: it votes.
 */
@Component
@ConditionalOnProperty(name = "pyykkinaru.aot-training", havingValue = "true")
class AotTraining {

    private static final Logger log = LoggerFactory.getLogger(AotTraining.class);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final int PHONES = 1500;
    private static final int SCREENS = 10;

    private final Events events;
    private final Sessions sessions;
    private final Environment environment;
    private final ApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    AotTraining(Events events, Sessions sessions, Environment environment, ApplicationContext context) {
        this.events = events;
        this.sessions = sessions;
        this.environment = environment;
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    void train() {
        Thread.ofPlatform().name("aot-training").start(() -> {
            int code = 0;
            try {
                String base = "http://localhost:" + environment.getProperty("local.server.port");
                List<String> tokens = sessions.programme(events.bySlug(SampleEvent.SLUG).orElseThrow().requireId())
                        .stream().map(Session::token).toList();
                try (ExecutorService floor = Executors.newFixedThreadPool(8)) {
                    for (int i = 0; i < SCREENS; i++) {
                        floor.submit(() -> screen(base));
                    }
                    for (int i = 0; i < PHONES; i++) {
                        int n = i;
                        floor.submit(() -> phone(base + "/s/" + tokens.get(n % tokens.size()), n));
                    }
                }
                log.info("AOT training done: {} phones, {} stand screens", PHONES, SCREENS);
            } catch (RuntimeException e) {
                log.error("AOT training failed", e);
                code = 1;
            }
            int exit = code;
            System.exit(SpringApplication.exit(context, () -> exit));
        });
    }

    private void phone(String page, int n) {
        try {
            HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(page + (n % 3 == 0 ? "?lang=sv" : ""))), "");
            Matcher csrf = CSRF.matcher(get.body());
            if (!csrf.find()) {
                return;
            }
            String cookies = cookies(get, "");
            HttpResponse<String> vote = send(HttpRequest.newBuilder(URI.create(page)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("score=" + (n % 5 - 2)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))), cookies);
            cookies = cookies(vote, cookies);
            HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(page)), cookies);
            if (n % 4 == 0) {
                send(HttpRequest.newBuilder(URI.create(page + "/details")).header("Content-Type",
                        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("comment=Hyv%C3%A4"
                        + "&attendance=ON_SITE&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))), cookies);
            }
            after.body();
        } catch (Exception e) {
            log.debug("A training phone failed", e);
        }
    }

    /** A stand screen: the wall's page, its UI, and language taps, in Vaadin's own protocol. */
    private void screen(String base) {
        try {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/")), "");
            String cookies = cookies(page, "");
            String init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=&query=")), cookies).body();
            Matcher key = SECURITY_KEY.matcher(init);
            if (!key.find()) {
                return;
            }
            Matcher ui = Pattern.compile("\"v-uiId\":(\\d+)").matcher(init);
            String uiId = ui.find() ? ui.group(1) : "0";
            int[] sync = {0};
            String wall = uidl(base, cookies, key.group(1), uiId, sync, 0, "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                    + "\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
            List<Integer> languages = new ArrayList<>();
            for (String id : List.of("lang-sv", "lang-fi")) {
                Matcher node = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + id
                        + "\"").matcher(wall);
                if (node.find()) {
                    languages.add(Integer.parseInt(node.group(1)));
                }
            }
            for (int tap = 0; tap < 60 && !languages.isEmpty(); tap++) {
                uidl(base, cookies, key.group(1), uiId, sync, tap + 1, "{\"type\":\"event\",\"node\":" + languages.get(tap % languages.size())
                        + ",\"event\":\"click\",\"data\":{\"event.detail\":1,\"event.button\":0}}");
            }
        } catch (Exception e) {
            log.debug("A training screen failed", e);
        }
    }

    private String uidl(String base, String cookies, String securityKey, String uiId, int[] sync, int clientId,
            String invocation)
            throws Exception {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + invocation + "],\"syncId\":" + sync[0]
                + ",\"clientId\":" + clientId + "}";
        String answer = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)),
                cookies).body();
        Matcher id = SYNC_ID.matcher(answer);
        while (id.find()) {
            sync[0] = Integer.parseInt(id.group(1));
        }
        return answer;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookies) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookies(HttpResponse<?> response, String earlier) {
        List<String> all = new ArrayList<>(earlier.isEmpty() ? List.of() : List.of(earlier.split("; ")));
        response.headers().allValues("Set-Cookie").forEach(c -> all.add(c.split(";", 2)[0]));
        return String.join("; ", all);
    }
}
