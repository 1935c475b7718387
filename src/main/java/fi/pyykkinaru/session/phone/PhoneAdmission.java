package fi.pyykkinaru.session.phone;

import fi.pyykkinaru.i18n.Translations;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How many phone requests ({@code /s}, {@code /s/…}) the server works on at once. Beyond that a phone waits a short
 * moment for its turn, and when none comes it gets at once a small page, 503 with Retry-After: many are voting right
 * now, send again in a moment. Without this, a burst beyond what the box can do queued every request behind the
 * database until the phones' 30 s ran out, so almost everyone failed instead of a few waiting (issue 18); and the
 * stand screens (Vaadin, staff), which are never held here, waited behind the phones for the same threads.
 *
 * <p>A turned-away form (a vote, the details, a question) comes back in the page with everything the phone sent, its
 * CSRF token too, behind one "send again" button: nothing typed is lost, and nothing was stored, so sending again
 * counts once. A turned-away page load reloads itself after the Retry-After. Runs before Spring Security, so a phone
 * turned away costs no session and no token.
 *
 * <p>The open pages' own refreshes (the questions list asks for the page every few seconds, header {@value #REFRESH})
 * come last: they get a turn only when one is free at once, never wait, and are turned away with a bare 503 (their
 * script keeps the list it has and asks again later). Thousands of phones that already voted must not crowd out
 * those still voting.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PhoneAdmission extends OncePerRequestFilter {

    /** What a phone's forms send, kept in the page that asks to send again; anything else is dropped. */
    private static final List<String> KEPT = List.of("score", "comment", "region", "organisationType", "attendance",
            "question", "lang", "_csrf");

    static final String REFRESH = "X-Pyk-Refresh";

    private final Semaphore turns;
    private final long waitNanos;
    private final int mostWaiting;
    private final int retryAfterSeconds;
    private final PhoneTemplates templates;
    private final Translations translations;

    PhoneAdmission(@Value("${pyykkinaru.phone.concurrent:0}") int concurrent,
            @Value("${pyykkinaru.phone.queue-wait:80ms}") Duration wait,
            @Value("${pyykkinaru.phone.most-waiting:24}") int mostWaiting,
            @Value("${pyykkinaru.phone.retry-after:5s}") Duration retryAfter, PhoneTemplates templates,
            Translations translations) {
        // One turn a core by default: the phones never hold every core at once with more than one request each, so a
        // stand screen's tap finds a core soon (README, Performance: 12 turns measured p95 109 ms a tap at three
        // times the goal, 2 turns 53 ms, at the cost of a fifth of the phones' rate beyond capacity).
        this.turns = new Semaphore(concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(), true);
        this.waitNanos = wait.toNanos();
        this.mostWaiting = mostWaiting;
        this.retryAfterSeconds = (int) Math.max(1, retryAfter.toSeconds());
        this.templates = templates;
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The QR image is the stand's and the posters', not a phone's: never turned away.
        return !(path.equals("/s") || path.startsWith("/s/")) || path.endsWith("/qr.png");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean refresh = request.getHeader(REFRESH) != null;
        if (refresh ? !turns.tryAcquire() : !admitted()) {
            if (refresh) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
                response.setContentLength(0);
            } else {
                busy(request, response);
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** A turn now, or within the short wait when few are waiting; a long queue is answered at once. */
    private boolean admitted() {
        if (turns.tryAcquire()) {
            return true;
        }
        if (turns.getQueueLength() >= mostWaiting) {
            return false;
        }
        try {
            return turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean post = "POST".equals(request.getMethod());
        Map<String, String> kept = new LinkedHashMap<>();
        if (post) {
            for (String name : KEPT) {
                String value = request.getParameter(name);
                if (value != null) {
                    kept.put(name, value);
                }
            }
        }
        String again = request.getRequestURI() + (!post && request.getQueryString() != null ? "?" + request.getQueryString() : "");
        PhoneText text = new PhoneText(PhoneFeedbackController.locale(request.getParameter("lang"), request), translations);
        byte[] page = templates.render("busy", Map.of("text", text, "action", again, "kept", kept, "post", post,
                "retryAfter", retryAfterSeconds)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
