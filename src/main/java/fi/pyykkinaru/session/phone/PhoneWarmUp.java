package fi.pyykkinaru.session.phone;

import fi.pyykkinaru.session.WarmUpSession;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before the server says it is ready, phones vote on a hidden session ({@link WarmUpSession}) over the server's own
 * port, as a phone does: the page, the vote, the redirect, every third one the details and the thanks, in each
 * language. A freshly started JVM runs that path slowly until the JIT has compiled it, and on a 2-core stand the
 * first burst of phones after a start was turned away by the hundred for 10-20 s while it did (issue 18; README,
 * Performance). The warm-up ends when the compilers have gone quiet for {@value #QUIET_SECONDS} s, or after
 * {@code pyykkinaru.phone.warm-up} (0 turns it off); then the hidden sessions go with their votes. It votes in rounds
 * of a few seconds, each on a new hidden session of its own kind ({@link Rounds}).
 *
 * <p>The port is open meanwhile: a stand screen or a phone that comes early is answered, only more slowly. What a
 * server stopped during its warm-up left goes with a later warm-up, once it is over a minute old; another node's warm-up
 * running against the same database keeps its rounds. Nothing here can stop the server from starting: a warm-up that
 * fails says so in the log and ends.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PhoneWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PhoneWarmUp.class);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    /** A phone burst keeps a dozen requests going at once (PhoneAdmission); four keep both cores busy here. */
    private static final int PHONES_AT_ONCE = 4;
    private static final Duration AT_LEAST = Duration.ofSeconds(5);
    /** Seconds in a row with under {@value #QUIET_MILLIS} ms of compiling, both compilers together: warm. */
    private static final int QUIET_SECONDS = 3;
    private static final long QUIET_MILLIS = 100;
    /** How long phones vote on one hidden session before the next is opened and the one before it removed. */
    private static final Duration ROUND = Duration.ofSeconds(5);

    private final WarmUpSession session;
    private final ApplicationContext context;
    private final Duration most;
    private final Duration round;
    private final String contextPath;
    /** The last warm-up's phones that voted and that failed, for the log and its test. */
    private volatile int voted;
    private volatile int failed;
    private volatile int rounds;

    @Autowired
    PhoneWarmUp(WarmUpSession session, ApplicationContext context,
            @Value("${pyykkinaru.phone.warm-up:60s}") Duration most,
            @Value("${server.servlet.context-path:}") String contextPath) {
        this(session, context, most, ROUND, contextPath);
    }

    PhoneWarmUp(WarmUpSession session, ApplicationContext context, Duration most, Duration round, String contextPath) {
        this.session = session;
        this.context = context;
        this.most = most;
        this.round = round;
        this.contextPath = contextPath;
    }

    @Override
    public void run(@Nullable ApplicationArguments args) {
        removeLeftovers();
        if (most.isZero() || !(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        long started = System.nanoTime();
        try {
            int port = web.getWebServer().getPort();
            Rounds rounds = new Rounds(session, URI.create("http://127.0.0.1:" + port + contextPath + "/s/"));
            log.info("Warming up the phones' pages (at most {} s); the stand screen opens already: http://localhost:{}{}/",
                    most.toSeconds(), port, contextPath);
            Phones phones = new Phones(rounds);
            String how = phones.untilWarm(most, round, started);
            voted = phones.voted.get();
            failed = phones.failed.get();
            this.rounds = rounds.count;
            log.info("Phones' warm-up done after {} s ({}): {} phones voted in {} rounds, {} turned away by the phones' turns, "
                    + "{} failed{}", (System.nanoTime() - started) / 1_000_000_000, how, phones.voted.get(), rounds.count,
                    phones.turnedAway.get(), phones.failed.get(), phones.problem.get() == null ? "" : ", e.g. " + phones.problem.get());
        } catch (RuntimeException e) {
            log.warn("The phones' warm-up stopped: {}", e.toString());
        } finally {
            removeLeftovers();
        }
    }

    int voted() {
        return voted;
    }

    int failed() {
        return failed;
    }

    int rounds() {
        return rounds;
    }

    private void removeLeftovers() {
        try {
            session.removeAll();
        } catch (RuntimeException e) {
            log.warn("Could not remove the phones' warm-up session: {}", e.toString());
        }
    }

    /**
     * The hidden sessions the phones vote on, a new one each round. The one before is removed while the phones go on,
     * as an organiser's changes come while phones vote: what the warm-up removes at its end is then a round's votes,
     * not a minute's, on code already compiled for it. Removed at the end of a warm-up of 60 s in one go, the votes
     * had undone so much compiled code (some 200 methods) that the first burst after it ran slowly for half a second
     * (issue 18).
     */
    private static final class Rounds {

        private final WarmUpSession session;
        private final URI base;
        private final ArrayDeque<String> tokens = new ArrayDeque<>();
        private volatile URI page;
        private int count;

        Rounds(WarmUpSession session, URI base) {
            this.session = session;
            this.base = base;
            this.page = next();
        }

        /** Opens the next round's session, and removes those before the last one (its phones may be mid-vote). */
        void turn() {
            page = next();
            while (tokens.size() > 2) {
                tokens.removeFirst();
            }
            session.removeAllBut(tokens);
        }

        private URI next() {
            String token = session.open(++count);
            tokens.addLast(token);
            return base.resolve(token);
        }
    }

    /** Phones voting one after another on {@link #PHONES_AT_ONCE} threads until told to stop. */
    private static final class Phones {

        private final Rounds rounds;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicInteger voted = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        /** Turned away by PhoneAdmission (its busy page, which is warmed too): not a failure, the phone's next try is. */
        private final AtomicInteger turnedAway = new AtomicInteger();
        private final AtomicReference<@Nullable String> problem = new AtomicReference<>();

        Phones(Rounds rounds) {
            this.rounds = rounds;
        }

        /** Runs the phones until the compilers are quiet, time is up or most phones fail; says which. */
        String untilWarm(Duration most, Duration round, long started) {
            List<Thread> threads = new java.util.ArrayList<>();
            for (int i = 0; i < PHONES_AT_ONCE; i++) {
                int first = i;
                threads.add(Thread.ofPlatform().name("phone-warm-up-" + i).daemon().start(() -> phones(first)));
            }
            try {
                return watch(most, round, started);
            } finally {
                stop.set(true);
                threads.forEach(t -> {
                    try {
                        t.join(Duration.ofSeconds(10));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                http.close();
            }
        }

        private String watch(Duration most, Duration round, long started) {
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
            long compiled = timed ? jit.getTotalCompilationTime() : 0;
            int quiet = 0;
            long turned = System.nanoTime();
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                if (elapsed.compareTo(most) >= 0) {
                    return "time up";
                }
                if (failed.get() > 20 && failed.get() > voted.get()) {
                    return "phones failing";
                }
                if (System.nanoTime() - turned >= round.toNanos()) {
                    rounds.turn();
                    turned = System.nanoTime();
                }
                if (timed) {
                    long now = jit.getTotalCompilationTime();
                    quiet = now - compiled < QUIET_MILLIS ? quiet + 1 : 0;
                    log.debug("warm-up {} s: {} ms compiling, {} phones", elapsed.toSeconds(), now - compiled, voted.get());
                    compiled = now;
                    if (quiet >= QUIET_SECONDS && elapsed.compareTo(AT_LEAST) >= 0) {
                        return "compilers quiet";
                    }
                }
            }
        }

        private void phones(int first) {
            for (int n = first; !stop.get(); n += PHONES_AT_ONCE) {
                try {
                    vote(n);
                    voted.incrementAndGet();
                } catch (TurnedAway e) {
                    turnedAway.incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                    problem.set(e.toString());
                    if (e instanceof InterruptedException) {
                        return;
                    }
                }
            }
        }

        private void vote(int n) throws Exception {
            URI page = rounds.page;
            Map<String, String> cookies = new HashMap<>();
            String lang = LANGUAGES.get(n % LANGUAGES.size());
            // Half as a scanned code opens the page (the browser's languages only), half after a language tap.
            URI shown = n % 2 == 0 ? page : page.resolve(page.getRawPath() + "?lang=" + lang);
            String form = send(shown, null, cookies, 200);
            send(page, "score=" + (n % 5 - 2) + (n % 2 == 0 ? "" : "&lang=" + lang) + "&_csrf=" + csrf(form), cookies, 303);
            String details = send(shown, null, cookies, 200);
            if (n % 3 == 0) {
                send(page.resolve(page.getRawPath() + "/details"), "comment=&region=&organisationType=&lang=" + lang
                        + "&_csrf=" + csrf(details), cookies, 303);
                send(page.resolve(page.getRawPath() + "?lang=" + lang + "&step=sent"), null, cookies, 200);
            }
        }

        private String send(URI uri, @Nullable String form, Map<String, String> cookies, int expected) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Accept", "text/html").header("Accept-Language", "fi-FI,fi;q=0.9,sv;q=0.8,en;q=0.7")
                    .header("User-Agent", "Pyykkinaru warm-up");
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
            }
            if (form != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                throw new TurnedAway();
            }
            if (response.statusCode() != expected) {
                throw new IllegalStateException((form == null ? "GET " : "POST ") + uri.getPath() + ": " + response.statusCode());
            }
            return response.body();
        }

        private static String csrf(String page) {
            Matcher csrf = CSRF.matcher(page);
            if (!csrf.find()) {
                throw new IllegalStateException("no form on the page");
            }
            return URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        }
    }

    /** A 503 with Retry-After from PhoneAdmission, as a phone in a burst may get. */
    private static final class TurnedAway extends Exception {
        TurnedAway() {
            super(null, null, false, false);
        }
    }
}
