package fi.pyykkinaru.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distinct phones arriving evenly over a time, each doing what a phone's browser does with a session's QR code: it
 * opens its OWN connection (no pool shared with the other phones; kept alive for its requests, as a browser keeps
 * it), loads the session page, votes (the form's CSRF token and the cookies it was given) and follows the 303 to the
 * page with the results (GET of the Location, with the cookies). Scores go round the scale. A request gets 30 s, as
 * the phones did.
 *
 * <p>A phone the server turns away for the moment (503, "many are voting right now") does what its page asks: it waits
 * the Retry-After and sends the same request again, at most {@code attempts} times in all; with one attempt a turned
 * away phone gives up. The figures: each step's time in ms (page load includes opening the connection), what
 * failed, how many answers were 503 and how fast, and how many votes the server acknowledged (303).
 */
record PhoneBurst(List<Long> loads, List<Long> votes, List<Long> redirects, List<Long> shedTimes, List<String> errors,
        int gaveUp, int acknowledged, double seconds, List<String> timeline) {

    /** The timeline's step: where in the minute the slow and the turned-away answers fall (cold start, GC, a stall). */
    private static final int STEP_SECONDS = 5;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int TIMEOUT_MS = 30_000;

    int failed() {
        return errors.size() + gaveUp;
    }

    static PhoneBurst run(String page, int phones, Duration over) {
        return run(page, phones, over, 1);
    }

    static PhoneBurst run(String page, int phones, Duration over, int attempts) {
        Figures figures = new Figures();
        long started = System.nanoTime();
        try (ExecutorService arrivals = Executors.newVirtualThreadPerTaskExecutor()) {
            long gap = over.toNanos() / phones;
            for (int i = 0; i < phones; i++) {
                // Each phone starts when it arrives: ten thousand threads started at once, each to sleep until its
                // turn, took the load client most of a core in the burst's first second, beside the server.
                for (long wait = started + i * gap - System.nanoTime(); wait > 0; wait = started + i * gap - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                int score = i % 5 - 2;
                arrivals.submit(() -> {
                    try {
                        new Phone(URI.create(page), attempts, figures).vote(score);
                    } catch (TurnedAway e) {
                        figures.gaveUp.incrementAndGet();
                    } catch (Exception e) {
                        figures.errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                });
            }
        }
        return new PhoneBurst(List.copyOf(figures.loads), List.copyOf(figures.votes), List.copyOf(figures.redirects),
                List.copyOf(figures.shed), List.copyOf(figures.errors), figures.gaveUp.get(), figures.acknowledged.get(),
                (System.nanoTime() - started) / 1e9, figures.timeline());
    }

    private static final class Figures {
        final List<Long> loads = Collections.synchronizedList(new ArrayList<>());
        final List<Long> votes = Collections.synchronizedList(new ArrayList<>());
        final List<Long> redirects = Collections.synchronizedList(new ArrayList<>());
        final List<Long> shed = Collections.synchronizedList(new ArrayList<>());
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final AtomicInteger gaveUp = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();
        final long started = System.nanoTime();
        /** Per step of the timeline: answers, answers slower than 100 ms, 503s. */
        final java.util.concurrent.ConcurrentHashMap<Integer, java.util.concurrent.atomic.AtomicLongArray> steps =
                new java.util.concurrent.ConcurrentHashMap<>();

        void answered(long millis, boolean shed) {
            int step = (int) ((System.nanoTime() - started) / 1_000_000_000L / STEP_SECONDS);
            var counts = steps.computeIfAbsent(step, s -> new java.util.concurrent.atomic.AtomicLongArray(3));
            counts.incrementAndGet(0);
            if (millis > 100) {
                counts.incrementAndGet(1);
            }
            if (shed) {
                counts.incrementAndGet(2);
            }
        }

        List<String> timeline() {
            return new java.util.TreeMap<>(steps).entrySet().stream().map(e -> String.format(
                    "%3d–%3d s: %,6d answers, %,5d over 100 ms, %,5d turned away", e.getKey() * STEP_SECONDS,
                    (e.getKey() + 1) * STEP_SECONDS, e.getValue().get(0), e.getValue().get(1), e.getValue().get(2)))
                    .toList();
        }
    }

    /** A phone turned away (503) as many times as it was willing to try. */
    private static final class TurnedAway extends Exception {
        TurnedAway() {
            super(null, null, false, false);
        }
    }

    /** One phone's browser: one connection of its own, its cookies. */
    private static final class Phone {

        private final URI page;
        private final int attempts;
        private final Figures figures;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Phone(URI page, int attempts, Figures figures) {
            this.page = page;
            this.attempts = attempts;
            this.figures = figures;
        }

        void vote(int score) throws Exception {
            try (Connection connection = new Connection(page.getHost(), page.getPort())) {
                Response get = send(connection, "GET", page.getRawPath(), null, figures.loads);
                Matcher csrf = CSRF.matcher(get.body());
                if (get.status() != 200 || !csrf.find()) {
                    throw new IOException("page " + get.status());
                }
                String form = "score=" + score + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
                Response post = send(connection, "POST", page.getRawPath(), form, figures.votes);
                String location = post.header("location");
                if (post.status() != 303 || location == null || !location.contains("/s/")) {
                    throw new IOException("vote " + post.status());
                }
                figures.acknowledged.incrementAndGet();
                Response after = send(connection, "GET", URI.create(page.toString()).resolve(location).getRawPath(), null,
                        figures.redirects);
                if (after.status() != 200 || !after.body().contains("feedback-details")) {
                    throw new IOException("after the vote " + after.status());
                }
            }
        }

        /** Sends until the server answers other than 503, waiting its Retry-After between tries. */
        private Response send(Connection connection, String method, String path, String form, List<Long> times)
                throws Exception {
            for (int attempt = 1; ; attempt++) {
                long started = System.nanoTime();
                Response response = connection.exchange(method, path, cookieHeader(), form);
                long millis = (System.nanoTime() - started) / 1_000_000;
                response.headers().getOrDefault("set-cookie", List.of()).forEach(c -> {
                    String pair = c.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                });
                boolean shed = response.status() == 503 && response.header("retry-after") != null;
                figures.answered(millis, shed);
                if (!shed) {
                    times.add(millis);
                    return response;
                }
                figures.shed.add(millis);
                if (attempt >= attempts) {
                    throw new TurnedAway();
                }
                long retryAfter = Long.parseLong(response.header("retry-after").strip());
                // People do not press again in step: up to half the wait again.
                Thread.sleep(Duration.ofMillis(retryAfter * 1000 + ThreadLocalRandom.current().nextLong(retryAfter * 500 + 1)));
            }
        }

        private String cookieHeader() {
            return cookies.isEmpty() ? null
                    : String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
    }

    record Response(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.getFirst();
        }
    }

    /** HTTP/1.1 on one socket, kept alive as a browser keeps it; opened again only when the server closed it. */
    static final class Connection implements Closeable {

        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(String host, int port) {
            this.host = host;
            this.port = port;
        }

        Response exchange(String method, String path, String cookie, String form) throws IOException {
            boolean fresh = socket == null;
            if (fresh) {
                open();
            }
            try {
                return exchangeOnce(method, path, cookie, form);
            } catch (StaleConnection e) {
                if (fresh) {
                    throw new IOException("closed without an answer");
                }
                // A kept-alive connection the server had closed meanwhile: a browser opens a new one and sends again.
                close();
                open();
                return exchangeOnce(method, path, cookie, form);
            }
        }

        private void open() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        private Response exchangeOnce(String method, String path, String cookie, String form) throws IOException {
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n")
                    .append("User-Agent: Mozilla/5.0 (Linux; Android 14) PhoneBurst\r\n")
                    .append("Accept: text/html\r\nAccept-Language: fi-FI,fi;q=0.9,en;q=0.8\r\n");
            if (cookie != null) {
                request.append("Cookie: ").append(cookie).append("\r\n");
            }
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            }
            request.append("\r\n");
            try {
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                throw new StaleConnection();
            }
            String status = line(true);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String header = line(false); !header.isEmpty(); header = line(false)) {
                int colon = header.indexOf(':');
                headers.computeIfAbsent(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(header.substring(colon + 1).strip());
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            String length = headers.containsKey("content-length") ? headers.get("content-length").getFirst() : null;
            if (length != null) {
                content.write(in.readNBytes(Integer.parseInt(length)));
            } else if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", List.of("")).getFirst())) {
                for (int size = Integer.parseInt(line(false).split(";")[0].strip(), 16); size > 0;
                        size = Integer.parseInt(line(false).split(";")[0].strip(), 16)) {
                    content.write(in.readNBytes(size));
                    line(false);
                }
                line(false);
            }
            if ("close".equalsIgnoreCase(headers.getOrDefault("connection", List.of("")).getFirst())) {
                close();
            }
            return new Response(Integer.parseInt(status.split(" ")[1]), headers, content.toString(StandardCharsets.UTF_8));
        }

        private String line(boolean first) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    if (first && line.isEmpty()) {
                        throw new StaleConnection();
                    }
                    throw new IOException("connection closed mid-answer");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }
    }

    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("the server had closed the connection");
        }
    }
}
