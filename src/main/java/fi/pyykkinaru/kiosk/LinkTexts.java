package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What a screen says while its link to the server is down (venue Wi-Fi drops), in the screen's language: set
 * for every UI when it opens (stand, staff, setup and login pages alike) and again when a visitor switches
 * language. A screen never gives up reconnecting: Vaadin keeps the taps and typing and sends them, once, when
 * the link is back.
 */
@Component
public class LinkTexts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    public static void apply(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("link.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("link.lost"));
        reconnect.setReconnectAttempts(Integer.MAX_VALUE);
        reconnect.setReconnectInterval(2000);
    }
}
