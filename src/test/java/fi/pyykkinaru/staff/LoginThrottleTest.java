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

    private void fail(String user) {
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(new UsernamePasswordAuthenticationToken(user, "wrong"),
                new BadCredentialsException("bad")));
    }
}
