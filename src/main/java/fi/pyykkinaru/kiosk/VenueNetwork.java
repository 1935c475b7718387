package fi.pyykkinaru.kiosk;

import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;

/**
 * The server's own IPv4 addresses on its network interfaces that are up, loopback left out, in the interfaces'
 * order. Tests give their own to decide whether the server has an address on a venue network.
 */
@FunctionalInterface
interface VenueNetwork {

    List<Inet4Address> addresses();

    /** Asked anew each time: a stand box's Wi-Fi often comes up after the server, and leases change. */
    static VenueNetwork ofThisMachine() {
        return () -> {
            try {
                return NetworkInterface.networkInterfaces().filter(VenueNetwork::isUp)
                        .flatMap(NetworkInterface::inetAddresses)
                        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                        .map(Inet4Address.class::cast).toList();
            } catch (SocketException e) {
                return List.of();
            }
        };
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
