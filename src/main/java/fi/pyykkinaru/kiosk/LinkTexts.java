package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.ReconnectDialogConfiguration;

/**
 * What a screen says while its link to the server is down (venue Wi-Fi drops), in the screen's language. A
 * stand never gives up reconnecting: Vaadin keeps the taps and typing and sends them, once, when the link is back.
 */
public final class LinkTexts {

    private LinkTexts() {
    }

    public static void apply(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("link.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("link.lost"));
        reconnect.setReconnectAttempts(Integer.MAX_VALUE);
        reconnect.setReconnectInterval(2000);
    }
}
