package fi.pyykkinaru.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.kiosk.PublicAddress.Problem;
import fi.pyykkinaru.kiosk.PublicAddress.Source;
import fi.pyykkinaru.staff.AuditLog;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which address QR codes carry: the organiser's stored one, else the server's setting, else the page's — but never
 * a loopback page address while the server has an address on the venue network; without one the loopback stays and
 * is said to be unreachable. Printing threads, with no page, follow the same rules.
 */
@PyykkinaruTest
class PublicAddressTest {

    private static final String VENUE = "192.168.1.20";

    @Autowired Settings settings;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired PublicAddress address;
    @Autowired AuditLog audit;

    @BeforeEach
    void noPage() {
        // A Browserless test before this one on the same thread may have left its mocked request behind.
        RequestContextHolder.resetRequestAttributes();
    }

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
        settings.value(PublicAddress.SETTING).ifPresent(stored -> settings.replace(PublicAddress.SETTING, stored, null));
        PublicAddressTestAccess.reset(address);
    }

    @Test
    void a_page_opened_on_localhost_gives_the_servers_venue_address_with_its_port() {
        PublicAddress rules = rules("", VENUE);
        openedAt("http", "localhost", 8080);

        assertThat(rules.current()).isEqualTo(new PublicAddress.Current("http://192.168.1.20:8080", Source.NETWORK, true));
        for (String loopback : List.of("127.0.0.1", "127.1.2.3", "[::1]", "0.0.0.0", "169.254.10.1", "[fe80::1]")) {
            assertThat(rules.base("http://" + loopback + ":8080")).as(loopback).isEqualTo("http://192.168.1.20:8080");
        }
    }

    @Test
    void the_venue_address_is_the_first_site_local_one_with_the_port_the_server_took() {
        MockEnvironment started = new MockEnvironment().withProperty("local.server.port", "41234");
        PublicAddress rules = new PublicAddress(settings, "", started, publisher,
                () -> PublicAddressTestAccess.addresses("198.51.100.7", "169.254.3.3", "10.0.0.5", "192.168.1.20"));

        assertThat(rules.base("http://localhost:41234")).isEqualTo("http://10.0.0.5:41234");
        assertThat(rules.choices()).as("every address but link-local, venue network ones first")
                .containsExactly("http://10.0.0.5:41234", "http://192.168.1.20:41234", "http://198.51.100.7:41234");
    }

    @Test
    void without_a_venue_address_the_loopback_stays_and_is_said_to_be_unreachable() {
        PublicAddress rules = rules("");
        openedAt("http", "localhost", 8080);

        assertThat(rules.current()).isEqualTo(new PublicAddress.Current("http://localhost:8080", Source.NONE, false));
        assertThat(rules.choices()).isEmpty();
        assertThat(rules("", "198.51.100.7").current().source()).as("an address outside the private ranges is offered, "
                + "not chosen").isEqualTo(Source.NONE);
    }

    @Test
    void a_page_opened_on_the_venue_network_is_used_as_it_is() {
        PublicAddress rules = rules("", VENUE);
        openedAt("http", "stand.local", 8080);

        assertThat(rules.current()).isEqualTo(new PublicAddress.Current("http://stand.local:8080", Source.PAGE, true));
        assertThat(rules.base("http://10.1.2.3:9000/")).isEqualTo("http://10.1.2.3:9000");
        assertThat(rules.base("http://not a host:8080")).as("a Host header no address holds counts as no page")
                .isEqualTo("http://192.168.1.20:8080");
    }

    @Test
    void the_servers_setting_comes_before_the_page_and_the_stored_address_before_both() {
        PublicAddress rules = rules("http://10.0.0.5:8080/", VENUE);
        openedAt("http", "localhost", 8080);
        assertThat(rules.current()).isEqualTo(new PublicAddress.Current("http://10.0.0.5:8080", Source.CONFIGURED, true));

        assertThat(rules.change(null, "https://Pyykki.Example.org")).isTrue();

        assertThat(rules.current()).isEqualTo(new PublicAddress.Current("https://pyykki.example.org", Source.STORED, true));
        assertThat(rules.base("http://10.9.9.9:8080")).isEqualTo("https://pyykki.example.org");
        assertThat(rules.stored()).contains("https://pyykki.example.org");
    }

    @Test
    void printing_threads_without_a_page_follow_the_same_rules() {
        assertThat(RequestContextHolder.getRequestAttributes()).isNull();
        MockEnvironment started = new MockEnvironment().withProperty("local.server.port", "8081");

        assertThat(new PublicAddress(settings, "", started, publisher, () -> PublicAddressTestAccess.addresses(VENUE))
                .current()).isEqualTo(new PublicAddress.Current("http://192.168.1.20:8081", Source.NETWORK, true));
        assertThat(new PublicAddress(settings, "", started, publisher, List::of).current())
                .isEqualTo(new PublicAddress.Current("http://localhost:8081", Source.NONE, false));
        assertThat(new PublicAddress(settings, "http://10.0.0.5", started, publisher, List::of).base())
                .isEqualTo("http://10.0.0.5");
    }

    @Test
    void a_typed_address_is_a_server_and_nothing_more() {
        PublicAddress rules = rules("");
        assertThat(rules.problem("")).contains(Problem.EMPTY);
        assertThat(rules.problem("   ")).contains(Problem.EMPTY);
        assertThat(rules.problem(null)).contains(Problem.EMPTY);
        assertThat(rules.problem("ftp://10.0.0.5")).contains(Problem.SCHEME);
        assertThat(rules.problem("mailto:someone@example.org")).contains(Problem.SCHEME);
        assertThat(rules.problem("http://stand box")).contains(Problem.HOST);
        assertThat(rules.problem("http://user@10.0.0.5")).contains(Problem.HOST);
        assertThat(rules.problem("http://10.0.0.5:80a")).contains(Problem.PORT);
        assertThat(rules.problem("http://10.0.0.5:99999")).contains(Problem.PORT);
        assertThat(rules.problem("http://10.0.0.5:8080/s")).contains(Problem.PATH);
        assertThat(rules.problem("http://10.0.0.5:8080?kiosk=1")).contains(Problem.PATH);
        assertThat(rules.problem("http://10.0.0.5:8080/#top")).contains(Problem.PATH);
        assertThat(rules.problem("http://localhost:8080")).contains(Problem.UNREACHABLE);
        assertThat(rules.problem("127.0.0.1:8080")).contains(Problem.UNREACHABLE);
        assertThat(rules.problem("http://[::1]:8080")).contains(Problem.UNREACHABLE);

        assertThat(rules.problem("http://10.0.0.5:8080/")).isEmpty();
        assertThat(rules.problem("10.0.0.5:8080")).as("the scheme is taken as said").isEmpty();
        assertThat(rules.problem("https://pyykki.example.org")).isEmpty();
        assertThat(rules.problem("http://[fd00::5]:8080")).isEmpty();
        assertThatThrownBy(() -> rules.change(null, "http://localhost")).isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.value(PublicAddress.SETTING)).isEmpty();
    }

    @Test
    void a_change_is_in_the_audit_log_with_who_made_it_and_a_second_organiser_is_told_not_overwritten() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("pia", "",
                AuthorityUtils.createAuthorityList("ROLE_ORGANISER", "ROLE_STAFF")));

        assertThat(address.change(null, "10.0.0.5:8080")).isTrue();
        assertThat(address.change("http://10.0.0.5:8080", "http://10.0.0.6:8080")).isTrue();
        assertThat(address.change("http://10.0.0.5:8080", "http://10.0.0.7:8080")).as("seen an older address").isFalse();
        assertThat(address.change(null, "http://10.0.0.7:8080")).as("seen none, but there is one").isFalse();

        assertThat(address.base()).isEqualTo("http://10.0.0.6:8080");
        List<AuditLog.Entry> entries = audit.recent(2);
        assertThat(entries).extracting(AuditLog.Entry::action).containsExactly("public-address.set", "public-address.set");
        assertThat(entries).extracting(AuditLog.Entry::actor).containsOnly("pia");
        assertThat(entries.getFirst().target()).isEqualTo("http://10.0.0.5:8080 → http://10.0.0.6:8080");
        assertThat(audit.describe(entries.getFirst(), Locale.ENGLISH)).contains("pia · changed the address phones use · "
                + "http://10.0.0.5:8080 → http://10.0.0.6:8080");

        assertThat(address.change("http://10.0.0.6:8080", null)).isTrue();
        assertThat(address.stored()).isEqualTo(Optional.empty());
        assertThat(audit.recent(1).getFirst()).extracting(AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("public-address.automatic", "http://10.0.0.6:8080");
    }

    @Test
    void loopback_and_link_local_hosts_are_unreachable_and_names_are_taken_as_reachable() {
        for (String host : List.of("localhost", "LOCALHOST", "stand.localhost", "127.0.0.1", "127.8.8.8", "[::1]", "::1",
                "0.0.0.0", "[::]", "169.254.1.1", "[fe80::1]")) {
            assertThat(PublicAddress.unreachableHost(host)).as(host).isTrue();
        }
        for (String host : List.of("10.0.0.5", "192.168.1.20", "172.16.0.1", "stand.local", "pyykki.example.org",
                "[fd00::5]", "2001:db8::1")) {
            assertThat(PublicAddress.unreachableHost(host)).as(host).isFalse();
        }
        assertThat(PublicAddress.reachable("http://localhost:8080")).isFalse();
        assertThat(PublicAddress.reachable("http://10.0.0.5:8080")).isTrue();
    }

    private PublicAddress rules(String configured, String... interfaces) {
        return new PublicAddress(settings, configured, new MockEnvironment(), publisher,
                () -> PublicAddressTestAccess.addresses(interfaces));
    }

    private static void openedAt(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
