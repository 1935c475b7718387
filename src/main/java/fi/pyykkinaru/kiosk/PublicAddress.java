package fi.pyykkinaru.kiosk;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The stand server's address as visitors' phones reach it, for QR codes on screens and paper. In this order: the
 * address an organiser stored in the console; the configured {@code pyykkinaru.public-base-url}; else the address
 * the page was opened with — unless phones cannot reach that (localhost, 127.x, ::1, 0.0.0.0, link-local, as the
 * stand kit's launcher opens the page), when the server's own address on the venue network is used instead (the
 * first site-local IPv4 address of an interface that is up, with the server's port). Without such an interface
 * the address stays the unreachable one and {@link Current#reachable()} says so, for staff pages to warn.
 * Printing threads, which have no page, follow the same rules from the stored address on.
 */
@Component
public class PublicAddress {

    /** Where the stored address came from, in the words staff read. */
    public enum Source {
        /** An organiser chose it in the console. */
        STORED,
        /** The server's settings ({@code pyykkinaru.public-base-url}). */
        CONFIGURED,
        /** The address the page was opened with. */
        PAGE,
        /** The page was opened on the server itself; this is the server's address on the venue network. */
        NETWORK,
        /** Nothing better was found: the server's own loopback address, which no phone opens. */
        NONE
    }

    /** Why a typed address cannot be the one phones use. */
    public enum Problem { EMPTY, SCHEME, HOST, PORT, PATH, UNREACHABLE }

    /** The address QR codes carry now, where it came from, and whether a phone on the venue network can open it. */
    public record Current(String address, Source source, boolean reachable) {
    }

    static final String SETTING = "public-address";

    private final Settings settings;
    private final String configured;
    private final Environment environment;
    private final ApplicationEventPublisher publisher;
    private volatile VenueNetwork network;
    // The stored address, read once and again only after a change here commits; another node sharing the database
    // keeps what it read until it restarts (good enough for a setting changed once before the doors open).
    private final AtomicLong changes = new AtomicLong();
    private volatile @Nullable Cached cached;

    private record Cached(long changes, Optional<String> address) {
    }

    @Autowired
    PublicAddress(Settings settings, @Value("${pyykkinaru.public-base-url:}") String configured, Environment environment,
            ApplicationEventPublisher publisher) {
        this(settings, configured, environment, publisher, VenueNetwork.ofThisMachine());
    }

    PublicAddress(Settings settings, String configured, Environment environment, ApplicationEventPublisher publisher,
            VenueNetwork network) {
        this.settings = settings;
        this.configured = configured.strip().replaceAll("/+$", "");
        this.environment = environment;
        this.publisher = publisher;
        this.network = network;
    }

    /** The base address for QR codes and printed links; on a request's thread the page's address counts too. */
    public String base() {
        return current().address();
    }

    /** The same, for a page whose address the caller knows (a phone page's request). */
    public String base(String requestBaseUrl) {
        return current(page(requestBaseUrl)).address();
    }

    /** What {@link #base()} gives, with where it came from and whether phones reach it. */
    public Current current() {
        return current(requestBase());
    }

    private Current current(@Nullable URI page) {
        Optional<String> stored = stored();
        if (stored.isPresent()) {
            return new Current(stored.get(), Source.STORED, reachable(stored.get()));
        }
        if (!configured.isEmpty()) {
            return new Current(configured, Source.CONFIGURED, reachable(configured));
        }
        if (page != null && page.getHost() != null && !unreachableHost(page.getHost())) {
            return new Current(page.toString(), Source.PAGE, true);
        }
        int port = serverPort(page);
        String scheme = page != null && page.getScheme() != null ? page.getScheme() : "http";
        Optional<String> venue = network.addresses().stream().filter(InetAddress::isSiteLocalAddress).findFirst()
                .map(a -> scheme + "://" + a.getHostAddress() + ":" + port);
        if (venue.isPresent()) {
            return new Current(venue.get(), Source.NETWORK, true);
        }
        return new Current(page != null ? page.toString() : "http://localhost:" + port, Source.NONE, false);
    }

    /** The address an organiser stored, if any. */
    public Optional<String> stored() {
        long now = changes.get();
        Cached known = cached;
        if (known != null && known.changes() == now) {
            return known.address();
        }
        Optional<String> read = settings.value(SETTING);
        // Read before a change committed, this is stale; the changed count makes the next call read again.
        cached = new Cached(now, read);
        return read;
    }

    /**
     * The server's addresses found on its network interfaces, as phones would open them (with the server's port):
     * the choices staff pick from. Site-local (venue network) addresses first.
     */
    public List<String> choices() {
        URI page = requestBase();
        int port = serverPort(page);
        String scheme = page != null && page.getScheme() != null ? page.getScheme() : "http";
        return network.addresses().stream().filter(a -> !a.isLinkLocalAddress() && !a.isAnyLocalAddress())
                .sorted((a, b) -> Boolean.compare(b.isSiteLocalAddress(), a.isSiteLocalAddress()))
                .map(a -> scheme + "://" + a.getHostAddress() + ":" + port).distinct().toList();
    }

    /** What is wrong with a typed address, if anything. */
    public Optional<Problem> problem(@Nullable String typed) {
        return parse(typed).problem();
    }

    /**
     * Stores the address phones use ({@code null}: back to the automatic choice), if it still is {@code seen}
     * (the stored address the organiser was shown, {@code null} for none); false when another organiser changed it
     * meanwhile, and nothing is stored. The change is audited by the listener of {@link PublicAddressChanged}.
     *
     * @throws IllegalArgumentException for an address {@link #problem(String)} refuses
     */
    @Transactional
    public boolean change(@Nullable String seen, @Nullable String typed) {
        @Nullable String next = null;
        if (typed != null) {
            Parsed parsed = parse(typed);
            if (parsed.problem().isPresent()) {
                throw new IllegalArgumentException("not an address phones can use: " + parsed.problem().get());
            }
            next = parsed.address();
        }
        if (Objects.equals(seen, next)) {
            return Objects.equals(stored().orElse(null), seen);
        }
        if (!settings.replace(SETTING, seen, next)) {
            return false;
        }
        publisher.publishEvent(new PublicAddressChanged(seen, next));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changes.incrementAndGet();
                }
            });
        } else {
            changes.incrementAndGet();
        }
        return true;
    }

    /** Whether phones on the venue network can open this address: not loopback, not link-local, not "any". */
    public static boolean reachable(String address) {
        try {
            String host = new URI(address).getHost();
            return host != null && !unreachableHost(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Tests give their own network interfaces (see PublicAddressTestAccess). */
    void network(VenueNetwork network) {
        this.network = network;
    }

    private record Parsed(@Nullable String address, Optional<Problem> problem) {
        static Parsed refused(Problem problem) {
            return new Parsed(null, Optional.of(problem));
        }
    }

    private static Parsed parse(@Nullable String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Parsed.refused(Problem.EMPTY);
        }
        // "10.0.0.5:8080" is what people read off a screen: http is taken as said. A port is no scheme.
        if (!text.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:(?!\\d).*")) {
            text = "http://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Parsed.refused(Problem.HOST);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Parsed.refused(Problem.SCHEME);
        }
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null) {
            // "http://10.0.0.5:80a" parses as a registry authority without a host: its port is what is wrong.
            String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
            return Parsed.refused(authority.matches("[^@]*:[^:\\]]*") && !authority.matches(".*:\\d*") ? Problem.PORT
                    : Problem.HOST);
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return Parsed.refused(Problem.PORT);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Parsed.refused(Problem.PATH);
        }
        if (unreachableHost(host)) {
            return Parsed.refused(Problem.UNREACHABLE);
        }
        return new Parsed(scheme + "://" + host.toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort()),
                Optional.empty());
    }

    /** Loopback, "any" and link-local addresses, and localhost by name; other names are taken as reachable. */
    static boolean unreachableHost(String host) {
        String name = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (!name.matches("[0-9.]+|[0-9a-f:.%]*:[0-9a-f:.%]*")) {
            return false;
        }
        try {
            InetAddress literal = InetAddress.ofLiteral(name);
            return literal.isLoopbackAddress() || literal.isAnyLocalAddress() || literal.isLinkLocalAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static @Nullable URI requestBase() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return null;
        }
        HttpServletRequest servlet = request.getRequest();
        return page(ServletUriComponentsBuilder.fromContextPath(servlet).toUriString());
    }

    /** A page's base address; a Host header no URI can hold counts as no page rather than failing the request. */
    private static @Nullable URI page(String base) {
        try {
            return new URI(base.replaceAll("/+$", ""));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The port the server really took, known once it has started; before that the page's or the configured. */
    private int serverPort(@Nullable URI page) {
        String local = environment.getProperty("local.server.port");
        if (local != null) {
            return Integer.parseInt(local);
        }
        if (page != null && page.getPort() != -1) {
            return page.getPort();
        }
        return Integer.parseInt(environment.getProperty("server.port", "8080"));
    }
}
