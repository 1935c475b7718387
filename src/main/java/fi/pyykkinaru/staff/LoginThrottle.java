package fi.pyykkinaru.staff;

import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows password guessing at a stand where anyone can reach the login: after five failed logins from one client
 * address an account is locked there for a minute, doubling with each further failure up to fifteen minutes. A
 * success clears it. One address guessing at many accounts is locked after twenty failures, and so is one account
 * guessed at from many addresses: someone guessing from elsewhere on the venue network does not lock staff out at
 * the stand within five tries, and no address gets more than a few tries.
 * <p>
 * The client address is the request's remote address, which is the client's own only behind the proxies
 * {@code server.tomcat.remoteip.internal-proxies} trusts (their X-Forwarded-For names it); a header from anyone
 * else is ignored, so a guesser cannot pose as many addresses.
 * <p>
 * A Bucket4j bucket counts the failures: five (or twenty) may come at once, and they are forgiven one every three
 * minutes (or 45 seconds), so a typo now and then never locks anyone. A failure that finds the bucket empty locks.
 * A token bucket has no notion of a penalty that grows, so the doubling lock is a rule of its own beside it.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_ACROSS = 20;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final int MOST_KEYS = 30_000;

    private record Failures(Bucket allowance, int free, int locks, Instant lockedUntil) {
    }

    /** What one count is kept for: an account at an address, an account anywhere, or an address for any account. */
    private record Key(String name, int free) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final ClockTimeMeter time;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.time = new ClockTimeMeter(clock);
    }

    /** Whether the account may not log in now from the address of the request being served (if any). */
    public boolean locked(String username) {
        return locked(username, clientAddress());
    }

    boolean locked(String username, String address) {
        return keys(username, address).stream().map(k -> failures.get(k.name())).anyMatch(f -> f != null && locked(f));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName(), clientAddress());
    }

    void failed(String username, String address) {
        if (failures.size() > MOST_KEYS) {
            // Anyone can fail with made-up names; an unlocked count with all its allowance back is a fresh one.
            failures.values().removeIf(f -> !locked(f) && f.allowance().getAvailableTokens() == f.free());
        }
        for (Key key : keys(username, address)) {
            failures.compute(key.name(), (name, before) -> {
                Failures now = before == null ? new Failures(newAllowance(key.free()), key.free(), 0, clock.instant()) : before;
                if (now.allowance().tryConsume(1) && now.allowance().getAvailableTokens() > 0) {
                    return now;
                }
                Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(now.locks(), 4));
                return new Failures(now.allowance(), now.free(), now.locks() + 1,
                        clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
            });
        }
    }

    /** The account's own counts go; its address's count over all accounts stays, as a guesser may share it. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), clientAddress());
    }

    void succeeded(String username, String address) {
        List<Key> keys = keys(username, address);
        failures.remove(keys.get(0).name());
        failures.remove(keys.get(1).name());
    }

    private boolean locked(Failures seen) {
        return seen.lockedUntil().isAfter(clock.instant());
    }

    private Bucket newAllowance(int free) {
        Duration forgiveAll = LONGEST_LOCK;
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(free).refillGreedy(free, forgiveAll))
                .withCustomTimePrecision(time).build();
    }

    private static List<Key> keys(String username, String address) {
        String account = username.strip().toLowerCase(Locale.ROOT);
        return List.of(new Key("account " + account + " at " + address, FREE_FAILURES),
                new Key("account " + account, FREE_FAILURES_ACROSS), new Key("address " + address, FREE_FAILURES_ACROSS));
    }

    /** The remote address of the request on this thread (a login is one); none outside a request. */
    private static String clientAddress() {
        @Nullable Object attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes request ? request.getRequest().getRemoteAddr() : "";
    }
}
