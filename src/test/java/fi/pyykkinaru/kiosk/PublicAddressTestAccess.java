package fi.pyykkinaru.kiosk;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Lets tests decide which addresses the server finds on its network interfaces (none: only loopback), and whether
 * an organiser stored one; {@link #reset} gives the machine's own back and forgets the stored address.
 */
public final class PublicAddressTestAccess {

    private PublicAddressTestAccess() {
    }

    /** The server's interfaces carry these IPv4 addresses (none given: the server has no network but loopback). */
    public static void interfaces(PublicAddress address, String... ipv4) {
        List<Inet4Address> found = addresses(ipv4);
        address.network(() -> found);
    }

    public static void reset(PublicAddress address) {
        address.network(VenueNetwork.ofThisMachine());
        address.stored().ifPresent(stored -> address.change(stored, null));
    }

    static List<Inet4Address> addresses(String... ipv4) {
        return Arrays.stream(ipv4).map(ip -> {
            try {
                return (Inet4Address) InetAddress.getByName(ip);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(ip, e);
            }
        }).toList();
    }
}
