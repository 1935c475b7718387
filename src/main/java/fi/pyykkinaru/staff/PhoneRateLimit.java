package fi.pyykkinaru.staff;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The phones' pages ({@code /s} and {@code /s/…}), and the posts of the open call's public forms ({@code /call/…},
 * {@code /jury/…}), and the stand screens' speech ({@code /speech}), answer each client address at most so many requests a minute;
 * more gets 429 with a short, polite page. The stand's own screens and load tests on this machine (loopback) are not
 * limited. Each address has a Bucket4j bucket that refills whole once a minute, which is enough to stop a
 * script and never bothers a person.
 */
@Component
class PhoneRateLimit extends OncePerRequestFilter {

    private static final int MOST_ADDRESSES = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong();
    private final int perMinute;
    private final ClockTimeMeter time;

    PhoneRateLimit(@Value("${pyykkinaru.phone.requests-per-minute:120}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.time = new ClockTimeMeter(clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String phones = request.getContextPath() + "/s";
        String uri = request.getRequestURI();
        // The code page (/s) too: each wrong code typed there is a guess at a session.
        boolean phonePage = uri.equals(phones) || uri.startsWith(phones + "/");
        // Speech (the speech module) runs a synthesiser for each request: a stand on the venue network asks a few
        // times a minute, a script would keep the box busy.
        boolean speech = uri.equals(request.getContextPath() + "/speech");
        return !(phonePage || speech || publicFormPost(request, uri)) || loopback(request.getRemoteAddr());
    }

    /**
     * What the open call's applicants and jury members, and visitors answering the closing questions, send: each
     * post stores something, so a script is stopped.
     */
    private static boolean publicFormPost(HttpServletRequest request, String uri) {
        String path = uri.substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && (path.startsWith("/call/") || path.startsWith("/jury/")
                || path.equals("/feedback"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        sweepWhenCrowded();
        ConsumptionProbe probe = buckets.computeIfAbsent(request.getRemoteAddr(), address -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            response.setStatus(429);
            response.setHeader("Retry-After",
                    Long.toString(Math.ceilDiv(probe.getNanosToWaitForRefill(), TimeUnit.SECONDS.toNanos(1))));
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!doctype html><html lang=\"fi\"><meta charset=\"utf-8\"><title>Hetki</title>"
                    + "<p>Liian monta pyyntöä – odota hetki. För många förfrågningar – vänta en stund. "
                    + "Too many requests – please wait a moment.</p></html>");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A full bucket is the same as a new one, so forgetting it forgets nothing. Buckets fill within a minute, so a
     * sweep a minute is enough; sweeping on every request would walk the whole map on the phones' hot path.
     */
    private void sweepWhenCrowded() {
        long now = time.currentTimeNanos();
        long last = lastSweep.get();
        if (buckets.size() > MOST_ADDRESSES && now - last >= TimeUnit.MINUTES.toNanos(1)
                && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(b -> b.getAvailableTokens() == perMinute);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time).build();
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.ofLiteral(address).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
