package fi.pyykkinaru.setup;

import fi.pyykkinaru.kiosk.Screen;
import fi.pyykkinaru.kiosk.Screens;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandChanged;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.printing.PrintDocument;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.printing.PrinterPurpose;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What organisers do with stands and screens, each change in the audit log in the same transaction: a stand
 * saved, removed (its screens unpaired first, so none is left showing a stand that is gone), a screen paired or
 * revoked, a test page printed.
 */
@Service
class StandSetup {

    private final Stands stands;
    private final Screens screens;
    private final PrintQueue queue;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    StandSetup(Stands stands, Screens screens, PrintQueue queue, AuditLog audit, ApplicationEventPublisher publisher,
            Clock clock) {
        this.stands = stands;
        this.screens = screens;
        this.queue = queue;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Saves the stand; a stand changed by someone else since it was read fails with an optimistic locking error. */
    @Transactional
    public Stand save(Stand stand) {
        Stand saved = stands.save(stand);
        audit.record(stand.id() == null ? "stand-created" : "stand-saved", target(saved));
        return saved;
    }

    @Transactional
    public void remove(long standId) {
        Optional<Stand> stand = stands.find(standId);
        if (stand.isEmpty()) {
            return;
        }
        for (Screen screen : screens.of(standId)) {
            screens.revoke(screen.requireId());
        }
        stands.remove(standId);
        audit.record("stand-removed", target(stand.get()));
    }

    /** Pairs the screen showing this code; empty when no screen shows it. */
    @Transactional
    public Optional<Screen> pair(String code, Stand stand, String by) {
        Optional<Screen> paired = screens.pair(code, stand.requireId(), by);
        paired.ifPresent(screen -> {
            audit.record("screen-paired", "screen " + screen.requireId() + " → " + target(stand));
            // The screen waiting with its code hears of its stand at once.
            publisher.publishEvent(new StandChanged(stand.eventId(), stand.requireId()));
        });
        return paired;
    }

    @Transactional
    public void revoke(Screen screen) {
        screens.revoke(screen.requireId());
        audit.record("screen-revoked", "screen " + screen.requireId());
        Long standId = screen.standId();
        if (standId != null) {
            stands.find(standId).ifPresent(stand -> publisher.publishEvent(new StandChanged(stand.eventId(), standId)));
        }
    }

    /** A test page naming the stand and the printer's purpose, to the printer at {@code address}. */
    public PrintJob printTestPage(String standName, PrinterPurpose purpose, String address, String heading,
            String details) {
        String subject = "test:" + purpose.name().toLowerCase(java.util.Locale.ROOT) + ":" + clock.instant().toEpochMilli();
        PrintJob job = queue.submit(new PrintDocument(PrintKind.testPage(purpose), subject, heading,
                TestPage.paper(purpose).media(), TestPage.render(TestPage.paper(purpose), heading, details)), false,
                address);
        audit.record("printer-test-page",
                "job " + job.id() + " · " + purpose.name().toLowerCase(java.util.Locale.ROOT) + " · " + address);
        return job;
    }

    private static String target(Stand stand) {
        return "stand " + stand.id() + " (event " + stand.eventId() + ")";
    }
}
