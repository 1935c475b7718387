package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * Nobody has touched the stand for the idle timeout; the half-filled form is gone and the start page should
 * show its attract loop. Fired on the UI after navigating to the start page.
 */
public class KioskIdleEvent extends ComponentEvent<UI> {

    public KioskIdleEvent(UI source) {
        super(source, false);
    }
}
