package fi.pyykkinaru.staff;

import io.github.bucket4j.Bucket;
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
 * <p>
 * A Bucket4j bucket counts the failures: five may come at once, and they are forgiven one every three minutes,
 * so a typo now and then never locks anyone. A failure that finds the bucket empty locks the account. A token
 * bucket has no notion of a penalty that grows, so the doubling lock is a rule of its own beside it.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final int MOST_ACCOUNTS = 10_000;

    private record Failures(Bucket allowance, int locks, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final ClockTimeMeter time;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.time = new ClockTimeMeter(clock);
    }

    public boolean locked(String username) {
        Failures seen = failures.get(key(username));
        return seen != null && locked(seen);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (failures.size() > MOST_ACCOUNTS) {
            // Anyone can fail with made-up names; an unlocked account with all its allowance back is a fresh one.
            failures.values().removeIf(f -> !locked(f) && f.allowance().getAvailableTokens() == FREE_FAILURES);
        }
        failures.compute(key(event.getAuthentication().getName()), (user, before) -> {
            Failures now = before == null ? new Failures(newAllowance(), 0, clock.instant()) : before;
            if (now.allowance().tryConsume(1) && now.allowance().getAvailableTokens() > 0) {
                return now;
            }
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(now.locks(), 4));
            return new Failures(now.allowance(), now.locks() + 1,
                    clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private boolean locked(Failures seen) {
        return seen.lockedUntil().isAfter(clock.instant());
    }

    private Bucket newAllowance() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(FREE_FAILURES).refillGreedy(FREE_FAILURES, LONGEST_LOCK))
                .withCustomTimePrecision(time).build();
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
