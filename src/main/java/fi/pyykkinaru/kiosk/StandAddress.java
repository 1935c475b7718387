package fi.pyykkinaru.kiosk;

import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the server where to point the stand screen and the visitors' phones. */
@Component
class StandAddress {

    private static final Logger log = LoggerFactory.getLogger(StandAddress.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        log.info("Pyykkinaru is ready. Open http://localhost:{}/ (stand screen: http://localhost:{}/?kiosk=1){}",
                port, port, venueAddresses(port));
    }

    private static String venueAddresses(int port) {
        try {
            List<String> addresses = NetworkInterface.networkInterfaces()
                    .filter(StandAddress::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .map(a -> "http://" + a.getHostAddress() + ":" + port + "/")
                    .toList();
            return addresses.isEmpty() ? "" : "; on the venue network: " + String.join(", ", addresses);
        } catch (SocketException e) {
            return "";
        }
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
