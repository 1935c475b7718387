package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
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
    void the_stands_own_screens_on_loopback_and_other_pages_are_not_limited() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(status("127.0.0.1", "/s/ABCDEFGH")).isEqualTo(200);
            assertThat(status("10.0.0.9", "/programme")).isEqualTo(200);
        }
    }

    private int status(String address, String path) throws Exception {
        return call(address, path).getStatus();
    }

    private MockHttpServletResponse call(String address, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
