package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void five_failures_lock_the_account_for_a_minute_and_more_failures_for_longer() {
        for (int i = 0; i < 4; i++) {
            fail("Organiser");
        }
        assertThat(throttle.locked("organiser")).isFalse();
        fail("organiser");
        assertThat(throttle.locked("organiser")).isTrue();
        assertThat(throttle.locked("someone-else")).isFalse();

        now = now.plus(Duration.ofSeconds(61));
        assertThat(throttle.locked("organiser")).isFalse();
        fail("organiser");
        now = now.plus(Duration.ofSeconds(90));
        assertThat(throttle.locked("organiser")).as("the sixth failure locks for two minutes").isTrue();
    }

    @Test
    void a_successful_login_clears_the_count() {
        for (int i = 0; i < 4; i++) {
            fail("organiser");
        }
        throttle.succeeded(new AuthenticationSuccessEvent(new UsernamePasswordAuthenticationToken("organiser", "x")));
        fail("organiser");

        assertThat(throttle.locked("organiser")).isFalse();
    }

    @Test
    void failures_are_forgiven_one_every_three_minutes_so_an_occasional_typo_never_locks() {
        for (int i = 0; i < 4; i++) {
            fail("organiser");
        }
        now = now.plus(Duration.ofMinutes(3));
        fail("organiser");
        assertThat(throttle.locked("organiser")).isFalse();

        fail("organiser");
        assertThat(throttle.locked("organiser")).isTrue();
    }

    @Test
    void failures_from_one_address_lock_the_account_there_but_not_at_the_stand() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("organiser", "10.0.0.66");
        }

        assertThat(throttle.locked("organiser", "10.0.0.66")).isTrue();
        assertThat(throttle.locked("organiser", "127.0.0.1")).as("staff at the stand still log in").isFalse();
    }

    @Test
    void one_address_guessing_at_many_accounts_is_locked_for_every_account() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_ACROSS - 1; i++) {
            throttle.failed("name-" + i, "10.0.0.66");
        }
        assertThat(throttle.locked("organiser", "10.0.0.66")).isFalse();
        throttle.failed("name-last", "10.0.0.66");

        assertThat(throttle.locked("organiser", "10.0.0.66")).isTrue();
        assertThat(throttle.locked("organiser", "10.0.0.5")).isFalse();
        throttle.succeeded("name-last", "10.0.0.66");
        assertThat(throttle.locked("organiser", "10.0.0.66")).as("a success does not free the address").isTrue();
    }

    @Test
    void one_account_guessed_at_from_many_addresses_is_locked_everywhere() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_ACROSS; i++) {
            throttle.failed("organiser", "10.0.1." + i);
        }

        assertThat(throttle.locked("organiser", "10.0.2.1")).isTrue();
        assertThat(throttle.locked("someone-else", "10.0.2.1")).isFalse();
    }

    private void fail(String user) {
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(new UsernamePasswordAuthenticationToken(user, "wrong"),
                new BadCredentialsException("bad")));
    }
}
