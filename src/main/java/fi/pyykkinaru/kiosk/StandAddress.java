package fi.pyykkinaru.kiosk;

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

    private final PublicAddress address;

    StandAddress(PublicAddress address) {
        this.address = address;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        List<String> venue = address.choices();
        log.info("Pyykkinaru is ready. Open http://localhost:{}/ (stand screen: http://localhost:{}/?kiosk=1){}",
                port, port, venue.isEmpty() ? "" : "; on the venue network: " + String.join(", ", venue));
        PublicAddress.Current phones = address.current();
        if (phones.reachable()) {
            log.info("QR codes lead to {}", phones.address());
        } else {
            log.warn("QR codes lead to {}, which phones cannot open: connect this server to the venue network, or choose "
                    + "its address on the staff console's print page", phones.address());
        }
    }
}
