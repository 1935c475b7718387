package fi.pyykkinaru.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing at a stand where anyone can reach the login: after five failed logins an account is
 * locked for a minute, doubling with each further failure up to fifteen minutes. A success clears it.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean locked(String username) {
        Failures seen = failures.get(key(username));
        return seen != null && seen.lockedUntil().isAfter(clock.instant());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        failures.compute(key(event.getAuthentication().getName()), (user, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            Instant until = clock.instant();
            if (count >= FREE_FAILURES) {
                Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(count - FREE_FAILURES, 4));
                until = until.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            return new Failures(count, until);
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
