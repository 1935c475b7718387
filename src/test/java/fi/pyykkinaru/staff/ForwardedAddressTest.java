package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The client address the phones' rate limit and the login throttle count by, over real HTTP: behind a trusted
 * proxy (by default a proxy on this machine, i.e. a client on loopback) it is the one X-Forwarded-For names, the
 * proxy's own entry, not what the client wrote into the header itself; from any other client the header is ignored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pyykkinaru.data-dir=target/test-data/${random.uuid}",
        "pyykkinaru.backup.dir=target/test-backups/${random.uuid}",
        "pyykkinaru.security.initial-organiser-password=forwarded-test-password",
        "pyykkinaru.phone.requests-per-minute=4"
})
class ForwardedAddressTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired LoginThrottle throttle;
    @LocalServerPort int port;

    @Test
    void behind_a_trusted_proxy_each_phone_has_a_limit_of_its_own() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(phonePage(loopback(), "10.0.0.7")).isEqualTo(200);
        }

        assertThat(phonePage(loopback(), "10.0.0.7")).isEqualTo(429);
        assertThat(phonePage(loopback(), "10.0.0.8")).as("another phone behind the same proxy").isEqualTo(200);
        assertThat(phonePage(loopback(), null)).as("the stand's own screen, not forwarded").isEqualTo(200);
    }

    @Test
    void a_phone_that_writes_addresses_into_the_header_is_still_counted_by_its_own() throws Exception {
        // The proxy appends the address it saw; what the phone sent before it is the phone's own invention.
        for (int i = 0; i < 4; i++) {
            assertThat(phonePage(loopback(), "203.0.113." + i + ", 10.0.0.9")).isEqualTo(200);
        }

        assertThat(phonePage(loopback(), "198.51.100.1, 10.0.0.9")).isEqualTo(429);
    }

    @Test
    void a_client_that_is_not_a_trusted_proxy_cannot_pose_as_other_addresses() throws Exception {
        String lan = lanAddress();
        for (int i = 0; i < 4; i++) {
            assertThat(phonePage(lan, "10.1.0." + i)).isEqualTo(200);
        }

        assertThat(phonePage(lan, "10.1.0.99")).as("counted as itself, whatever it forwards").isEqualTo(429);
    }

    @Test
    void failed_logins_count_for_the_forwarded_address_only_when_a_trusted_proxy_forwards_it() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(failedLogin(loopback(), "10.0.0.66")).isTrue();
        }
        assertThat(throttle.locked("organiser", "10.0.0.66")).isTrue();
        assertThat(throttle.locked("organiser", "127.0.0.1")).as("staff at the stand still log in").isFalse();

        String lan = lanAddress();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(failedLogin(lan, "10.0.0.77")).isTrue();
        }
        assertThat(throttle.locked("organiser", lan)).as("the guesser's own address is locked").isTrue();
        assertThat(throttle.locked("organiser", "10.0.0.77")).as("not the one it claimed").isFalse();
    }

    private int phonePage(String host, @Nullable String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/s"));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A wrong password posted as the login page does; true when the app refused it. */
    private boolean failedLogin(String host, String forwardedFor) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://" + host + ":" + port;
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .header("X-Forwarded-For", forwardedFor).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login page carries its CSRF token").isTrue();
        String form = "username=organiser&password=wrong-guess&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("X-Forwarded-For", forwardedFor).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("error");
    }

    private static String loopback() {
        return "127.0.0.1";
    }

    /** This machine's address on its network: a client that is no trusted proxy (and not the stand's own loopback). */
    private static String lanAddress() throws Exception {
        for (NetworkInterface face : NetworkInterface.networkInterfaces().toList()) {
            if (face.isUp() && !face.isLoopback()) {
                for (InetAddress address : face.inetAddresses().toList()) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        return address.getHostAddress();
                    }
                }
            }
        }
        throw new IllegalStateException("This test needs a network address besides loopback (any LAN or container address)");
    }
}
