package fi.pyykkinaru.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The phones' pages ({@code /s/…}) answer each client address at most so many requests a minute; more gets
 * 429 with a short, polite page. The stand's own screens and load tests on this machine (loopback) are not
 * limited. Counted in fixed one-minute windows, which is enough to stop a script and never bothers a person.
 */
@Component
class PhoneRateLimit extends OncePerRequestFilter {

    private record Window(long minute, int requests) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    PhoneRateLimit(@Value("${pyykkinaru.phone.requests-per-minute:120}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/s/") || loopback(request.getRemoteAddr());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 50_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window now = windows.merge(request.getRemoteAddr(), new Window(minute, 1),
                (old, one) -> old.minute() == minute ? new Window(minute, old.requests() + 1) : one);
        if (now.requests() > perMinute) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!doctype html><html lang=\"fi\"><meta charset=\"utf-8\"><title>Hetki</title>"
                    + "<p>Liian monta pyyntöä – odota hetki. För många förfrågningar – vänta en stund. "
                    + "Too many requests – please wait a moment.</p></html>");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.ofLiteral(address).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
