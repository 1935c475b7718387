package fi.pyykkinaru.badge;

import fi.pyykkinaru.kiosk.StandSettings;
import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Draws one throwaway badge right after start-up, off the request path: loading the fonts and PDF classes the
 * first time takes a few hundred milliseconds, which the first visitor of the day should not pay.
 */
@Component
class BadgeWarmUp {

    private final BadgeLayouts layouts;
    private final StandSettings stand;

    BadgeWarmUp(BadgeLayouts layouts, StandSettings stand) {
        this.layouts = layouts;
        this.stand = stand;
    }

    // Started, not ready: before the phones' warm-up, not in the first burst of phones after it (issue 18).
    @EventListener(ApplicationStartedEvent.class)
    void warm() {
        Thread.ofVirtual().name("badge-warm-up").start(() -> BadgePdf.render(layouts.get(stand.badgeLayout()),
                List.of(new BadgeFace("Åsa Öhman", "Pyykkinaru", "Pyykkinaru", List.of("fi"), BadgeCodes.next()))));
    }
}
