package fi.pyykkinaru.kiosk;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every browser gets its screen cookie on its first answer, and every navigation asks first what the screen shows:
 * the launcher's {@code ?stand=} pairs it; a screen without a stand gets its set-up page (pairing code, or "not set
 * up yet") instead of a stand's view; an event that is over takes no new slips or registrations; staff pages about
 * the event lead to setting one up while there is none. This runs before the view is made, so no view is ever
 * drawn for a stand or an event that is not there.
 */
@Component
class ScreenGuard implements VaadinServiceInitListener {

    /** The wall's set-up state (in the clothesline feature, which draws the wall). */
    static final String SET_UP_ROUTE = "screen";
    /** Where organisers set up events (the event feature's staff page). */
    static final String EVENTS_ROUTE = "staff/events";

    private final ThisStand stand;

    ScreenGuard(ThisStand stand) {
        this.stand = stand;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            ThisStand.greet(init.getUI().getSession(), VaadinRequest.getCurrent(), VaadinResponse.getCurrent());
            init.getUI().addBeforeEnterListener(this::beforeEnter);
        });
    }

    void beforeEnter(BeforeEnterEvent navigation) {
        navigation.getLocation().getQueryParameters().getSingleParameter("stand")
                .filter(wanted -> !wanted.isBlank()).ifPresent(stand::pairFromLauncher);
        Class<?> target = navigation.getNavigationTarget();
        if (NeedsEvent.class.isAssignableFrom(target) && stand.findEvent().isEmpty()) {
            navigation.forwardTo(EVENTS_ROUTE);
            return;
        }
        if (!NeedsStand.class.isAssignableFrom(target)) {
            return;
        }
        OnScreen shown = stand.onScreen();
        if (!(shown instanceof StandOnScreen onStand)) {
            navigation.rerouteTo(SET_UP_ROUTE);
        } else if (onStand.ended() && TakesInput.class.isAssignableFrom(target)) {
            navigation.forwardTo("");
        }
    }
}
