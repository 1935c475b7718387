package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PhoneRateLimitTest {

    private final PhoneRateLimit limit = new PhoneRateLimit(3, Clock.fixed(Instant.parse("2026-11-23T10:00:30Z"), ZoneOffset.UTC));

    @Test
    void a_client_over_its_requests_a_minute_gets_a_polite_429_and_others_are_not_affected() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status("10.0.0.7", "/s/ABCDEFGH")).isEqualTo(200);
        }
        MockHttpServletResponse refused = call("10.0.0.7", "/s/ABCDEFGH");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentAsString()).contains("odota hetki", "please wait");
        assertThat(status("10.0.0.8", "/s/ABCDEFGH")).isEqualTo(200);
    }

    @Test
    void the_code_page_counts_with_the_session_pages_as_each_wrong_code_is_a_guess() throws Exception {
        assertThat(status("10.0.0.7", "/s")).isEqualTo(200);
        assertThat(status("10.0.0.7", "/s/")).isEqualTo(200);
        assertThat(status("10.0.0.7", "/s/ABCDEFGH")).isEqualTo(200);

        assertThat(status("10.0.0.7", "/s")).isEqualTo(429);
        assertThat(status("10.0.0.7", "/scan")).isEqualTo(200);
    }

    @Test
    void the_stands_own_screens_on_loopback_and_other_pages_are_not_limited() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(status("127.0.0.1", "/s/ABCDEFGH")).isEqualTo(200);
            assertThat(status("10.0.0.9", "/programme")).isEqualTo(200);
        }
    }

    @Test
    void speech_from_a_screen_on_the_venue_network_counts_but_not_from_the_stand_box_itself() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status("10.0.0.7", "/speech")).isEqualTo(200);
            assertThat(status("127.0.0.1", "/speech")).isEqualTo(200);
        }

        assertThat(status("10.0.0.7", "/speech")).isEqualTo(429);
        assertThat(status("127.0.0.1", "/speech")).isEqualTo(200);
    }

    @Test
    void posts_of_the_open_calls_public_forms_count_but_reading_its_pages_does_not() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(call("GET", "10.0.0.7", "/call/sample").getStatus()).isEqualTo(200);
        }
        assertThat(call("POST", "10.0.0.7", "/call/sample/sessions").getStatus()).isEqualTo(200);
        assertThat(call("POST", "10.0.0.7", "/jury/abc").getStatus()).isEqualTo(200);
        assertThat(call("POST", "10.0.0.7", "/call/sample/p/abc/tasks").getStatus()).isEqualTo(200);

        assertThat(call("POST", "10.0.0.7", "/call/sample/sessions").getStatus()).isEqualTo(429);
        assertThat(call("POST", "10.0.0.8", "/call/sample/sessions").getStatus()).isEqualTo(200);
    }

    @Test
    void a_refused_client_is_told_when_its_minute_is_over_and_is_served_again_then() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        PhoneRateLimit limit = new PhoneRateLimit(3, clock);
        for (int i = 0; i < 3; i++) {
            call(limit, "10.0.0.7", "/s/ABCDEFGH");
        }
        clock.now = clock.now.plusSeconds(45);

        assertThat(call(limit, "10.0.0.7", "/s/ABCDEFGH").getHeader("Retry-After")).isEqualTo("15");
        clock.now = clock.now.plusSeconds(15);
        assertThat(call(limit, "10.0.0.7", "/s/ABCDEFGH").getStatus()).isEqualTo(200);
    }

    private int status(String address, String path) throws Exception {
        return call(address, path).getStatus();
    }

    private MockHttpServletResponse call(String address, String path) throws Exception {
        return call(limit, address, path);
    }

    private MockHttpServletResponse call(String method, String address, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletResponse call(PhoneRateLimit limit, String address, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        private MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
