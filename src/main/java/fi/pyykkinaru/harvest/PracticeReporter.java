package fi.pyykkinaru.harvest;

import fi.pyykkinaru.clothesline.SlipPegged;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.SlipStatusChanged;
import fi.pyykkinaru.clothesline.SlipTexts;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every practice that hangs on the wall becomes a report, once: when it is pegged, or when staff approve it
 * after a hold. Answers, held and hidden slips never do.
 *
 * <p>The listeners run after the slip's commit, off the visitor's thread and in a transaction of their own, so a
 * failing harvest never costs a visitor their slip. The price is that a crash between that commit and the
 * listener loses the news; rather than keep a publication registry (a row per event and listener, the phones'
 * votes included), the harvest catches up once at every start with the practices on the wall that have no report.
 */
@Component
class PracticeReporter {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeReporter.class);

    private final SlipTexts slips;
    private final Reports reports;
    private final Events events;

    PracticeReporter(SlipTexts slips, Reports reports, Events events) {
        this.slips = slips;
        this.reports = reports;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(SlipPegged pegged) {
        if (pegged.status() == SlipStatus.PUBLISHED) {
            report(pegged.slipId());
        }
    }

    @ApplicationModuleListener
    void on(SlipStatusChanged changed) {
        if (changed.status() == SlipStatus.PUBLISHED) {
            report(changed.slipId());
        }
    }

    // At the start, before the phones' warm-up: work done once the server says it is ready fell into the first burst of
    // phones (issue 18).
    @EventListener(ApplicationStartedEvent.class)
    void catchUpAtStart() {
        try {
            int made = catchUp();
            if (made > 0) {
                LOG.info("Made {} reports of practices whose news was lost", made);
            }
        } catch (RuntimeException e) {
            // The stand must come up even when its database refuses writes; the next start tries again.
            LOG.warn("Could not catch up on reports", e);
        }
    }

    /** Makes the missing reports of every event's practices on the wall; returns how many were made. */
    int catchUp() {
        int made = 0;
        for (Event event : events.all()) {
            Set<Long> reported = reports.reportedSlips(event.requireId());
            for (long slipId : slips.publishedPracticeIds(event.requireId())) {
                if (!reported.contains(slipId) && report(slipId)) {
                    made++;
                }
            }
        }
        return made;
    }

    private boolean report(long slipId) {
        try {
            // Asked now rather than taken from the news: the slip may have been hidden since.
            return slips.publishedPractice(slipId).map(reports::reportOf).orElse(false);
        } catch (DataIntegrityViolationException e) {
            // The listener and the start's catch-up (or another node) made it at the same moment: one report stays.
            LOG.debug("Slip {} was reported meanwhile", slipId, e);
            return false;
        }
    }
}
