package fi.pyykkinaru.badge;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.StandSettings;
import fi.pyykkinaru.printing.PrintDocument;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.printing.PrintState;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Badges on their way to paper. With auto-print on, a new registration's badge is queued at once; otherwise it
 * waits in the queue, held, until staff print it. A badge printed once is printed again only by a reprint.
 */
@Service
public class BadgePrinting {

    private static final String SHEETS = "sheets:";
    static final String SUBJECT = "registration:";

    private final PrintQueue queue;
    private final BadgeLayouts layouts;
    private final StandSettings stand;
    private final Clock clock;
    private final BadgeSecrets secrets;

    BadgePrinting(PrintQueue queue, BadgeLayouts layouts, StandSettings stand, Clock clock, BadgeSecrets secrets) {
        this.secrets = secrets;
        this.queue = queue;
        this.layouts = layouts;
        this.stand = stand;
        this.clock = clock;
    }

    /** The badge of a new registration, queued (or held for staff) as the stand is set. */
    public PrintJob registered(Registration registration, Event event) {
        return registered(registration, event, stand.autoPrintBadges(), null);
    }

    /**
     * As {@link #registered(Registration, Event)}, on a stand whose own setting says whether badges print at once, to
     * that stand's badge printer (null: the settings file's).
     */
    public PrintJob registered(Registration registration, Event event, boolean autoPrint, @Nullable String printer) {
        return queue.submit(document(registration, event), !autoPrint, printer);
    }

    /** Staff's print: a held badge goes out, a badge never queued is queued; one printed already is refused. */
    public PrintJob print(Registration registration, Event event) {
        Optional<PrintJob> latest = latest(registration);
        if (latest.isPresent() && latest.get().state() == PrintState.HELD) {
            return queue.retry(latest.get().id());
        }
        return queue.submit(document(registration, event), false);
    }

    /** Another copy of the badge, by staff's explicit choice (a lost badge, a misprint). */
    public PrintJob reprint(Registration registration, Event event) {
        Optional<PrintJob> latest = latest(registration);
        if (latest.isEmpty()) {
            return queue.submit(document(registration, event), false);
        }
        return queue.reprint(latest.get().id());
    }

    /** Each registration's badge jobs, oldest first (none: never queued), read in one go for a list. */
    public java.util.Map<Long, List<PrintJob>> histories(List<Registration> registrations) {
        java.util.Map<String, List<PrintJob>> bySubject = queue.histories(PrintKind.BADGE,
                registrations.stream().map(BadgePrinting::subject).toList());
        java.util.Map<Long, List<PrintJob>> byRegistration = new java.util.HashMap<>();
        registrations.forEach(r -> byRegistration.put(r.requireId(), bySubject.getOrDefault(subject(r), List.of())));
        return byRegistration;
    }

    public Optional<PrintJob> latest(Registration registration) {
        return queue.latest(PrintKind.BADGE, subject(registration));
    }

    /** How many times the badge has come out of a printer. */
    public long printedCount(Registration registration) {
        return queue.history(PrintKind.BADGE, subject(registration)).stream()
                .filter(j -> j.state() == PrintState.DONE).count();
    }

    /** The badge as one PDF, to look at or print elsewhere: handed out, never stored, so with its voting secret. */
    public byte[] pdf(Registration registration, Event event) {
        return BadgePdf.render(layouts.get(stand.badgeLayout()), List.of(onPaper(registration, event)));
    }

    /** Everyone's badges on A4 sheets as one PDF, to look at or print elsewhere, with their voting secrets. */
    public byte[] sheetsPdf(List<Registration> registrations, Event event) {
        return BadgePdf.render(layouts.get(stand.sheetLayout()),
                registrations.stream().map(r -> onPaper(r, event)).toList());
    }

    /**
     * The voting secret this server prints on the registration's badge, for the kiosk where the visitor has just
     * registered: their votes there are the badge's from the start.
     */
    public String votingSecret(Registration registration) {
        return secrets.of(registration.badgeCode());
    }

    /** Many badges on A4 sheets as one job, e.g. the whole pre-registration list. */
    public PrintJob printSheets(List<Registration> registrations, Event event, IntConsumer progress) {
        BadgeLayout layout = layouts.get(stand.sheetLayout());
        // Stored in the queue, so without secrets: they are added on the way to the printer (BadgeFinishing).
        byte[] pdf = BadgePdf.render(layout, registrations.stream().map(r -> BadgeFace.of(r, event.name(), null)).toList(),
                progress);
        // The event in the subject lets a purge take this event's sheets only; the time keeps each print apart.
        String subject = SHEETS + event.id() + ":" + clock.instant().toEpochMilli();
        return queue.submit(new PrintDocument(PrintKind.BADGE_SHEET, subject, event.name() + " (" + registrations.size() + ")",
                layout.page().media(), pdf), false);
    }

    /**
     * Forgets the badges of these registrations and every sheet of their event: a sheet carries their names too
     * and cannot be cut apart. Sheets from before sheets named their event ({@code sheets:<millis>}) go with any
     * event's: nothing tells whose names they carry, sheets are printed anew from the registrations in a moment,
     * and a name kept past its time cannot be taken back. Returns how many jobs went.
     */
    int forget(Collection<Registration> registrations, long eventId) {
        String ofEvent = SHEETS + eventId + ":";
        List<String> sheets = queue.subjects(PrintKind.BADGE_SHEET).stream()
                .filter(s -> s.startsWith(ofEvent) || s.startsWith(SHEETS) && s.indexOf(':', SHEETS.length()) < 0)
                .toList();
        return queue.forget(PrintKind.BADGE, registrations.stream().map(BadgePrinting::subject).toList())
                + queue.forget(PrintKind.BADGE_SHEET, sheets);
    }

    /**
     * Forgets every badge of these registrations and the sheets that name this event: its removal takes nothing
     * of another event, not even the sheets from before sheets named their event. Returns how many jobs went.
     */
    int forgetOfEvent(Collection<Registration> registrations, long eventId) {
        String ofEvent = SHEETS + eventId + ":";
        return queue.forget(PrintKind.BADGE, registrations.stream().map(BadgePrinting::subject).toList())
                + queue.forget(PrintKind.BADGE_SHEET,
                        queue.subjects(PrintKind.BADGE_SHEET).stream().filter(s -> s.startsWith(ofEvent)).toList());
    }

    private PrintDocument document(Registration registration, Event event) {
        BadgeLayout layout = layouts.get(stand.badgeLayout());
        return new PrintDocument(PrintKind.BADGE, subject(registration), registration.name(), layout.page().media(),
                BadgePdf.render(layout, List.of(BadgeFace.of(registration, event.name(), null))));
    }

    private BadgeFace onPaper(Registration registration, Event event) {
        return BadgeFace.of(registration, event.name(), secrets.of(registration.badgeCode()));
    }

    private static String subject(Registration registration) {
        return SUBJECT + registration.requireId();
    }
}
