package fi.pyykkinaru.call;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.StandSlot;
import fi.pyykkinaru.kiosk.StandSlots;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts a proposal's private page together from the proposal, its call, and what it became: the programme's session
 * (for the responsible person's part) or the stand slot of a takeover.
 */
@Component
class PrivatePages {

    /** A proposal reached by its private link, with its event and call. */
    record Found(Event event, Call call, Proposal proposal, String secret) {

        String path() {
            return CallPages.privatePath(event, secret);
        }
    }

    /**
     * What the applicant just typed, to show again: the form ({@code readOnly} when it can no longer be sent), the
     * new checklist item or marketing text, the problems with them, and the notice of what happened.
     */
    record Typed(@Nullable ApplicationForm form, boolean readOnly, String task, @Nullable String marketing,
            List<ApplicationProblem> problems, @Nullable String notice) {

        static Typed nothing(@Nullable String notice) {
            return new Typed(null, false, "", null, List.of(), notice);
        }
    }

    private final CallPages pages;
    private final Applications applications;
    private final Sessions sessions;
    private final StandSlots slots;
    private final Stands stands;

    PrivatePages(CallPages pages, Applications applications, Sessions sessions, StandSlots slots, Stands stands) {
        this.pages = pages;
        this.applications = applications;
        this.sessions = sessions;
        this.slots = slots;
        this.stands = stands;
    }

    Optional<Found> find(String slug, String secret) {
        return pages.event(slug).flatMap(event -> applications.bySecret(secret)
                .filter(p -> p.eventId() == event.requireId())
                .flatMap(p -> pages.call(p.callId()).map(call -> new Found(event, call, p, secret))));
    }

    PrivatePage page(Found found, CallText text, HttpServletRequest request, Typed typed) {
        Instant now = pages.now();
        Proposal proposal = found.proposal();
        Call call = found.call();
        CallView view = pages.view(text, found.event(), request, found.path());
        boolean open = call.isOpenAt(now);
        boolean editable = open && proposal.status().editableByApplicant();
        CallForm form = null;
        if (editable || typed.form() != null) {
            ApplicationForm values = typed.form() != null ? typed.form()
                    : ApplicationForm.of(proposal, call).inLanguage(text.lang());
            // What was typed after the call closed is only shown, to be copied, also in another language.
            boolean readOnly = typed.readOnly() || !editable;
            form = new CallForm(view, call, found.path(), null, values, readOnly ? List.of() : typed.problems(),
                    proposal.status() == ProposalStatus.SUBMITTED, readOnly);
        }
        return new PrivatePage(view, call, proposal, found.secret(), pages.absolute(found.path()), form,
                typed.notice(), open, responsible(found, text, typed, now), slot(found, text),
                pitchLetter(found, now));
    }

    /** The chosen session's programme entry, once the organisers have put it in the programme. */
    Optional<Session> session(Found found) {
        Long sessionId = found.proposal().sessionId();
        return sessionId == null ? Optional.empty()
                : sessions.programme(found.event().requireId()).stream()
                        .filter(s -> sessionId.equals(s.id())).findFirst();
    }

    private @Nullable ResponsiblePart responsible(Found found, CallText text, Typed typed, Instant now) {
        Proposal proposal = found.proposal();
        if (proposal.status() != ProposalStatus.CHOSEN || found.call().kind() != CallKind.SESSIONS) {
            return null;
        }
        Session session = session(found).orElse(null);
        String stored = proposal.marketingText() == null ? "" : proposal.marketingText();
        String title = proposal.title() == null ? text.get("call.page.untitled") : proposal.title();
        return new ResponsiblePart(text, found.path(), title, session, found.event().zone(),
                applications.checklist(proposal), typed.marketing() != null ? typed.marketing() : stored,
                proposal.marketingApproved(), proposal.marketingText() != null, typed.task(), typed.problems(),
                session != null && session.endsAt().isBefore(now));
    }

    private PrivatePage.@Nullable SlotPart slot(Found found, CallText text) {
        Long slotId = found.proposal().slotId();
        if (found.proposal().status() != ProposalStatus.CHOSEN || slotId == null) {
            return null;
        }
        return slots.find(slotId).map(slot -> new PrivatePage.SlotPart(standName(slot), text.dateTime(slot.startsAt(),
                found.event().zone()) + "–" + text.time(slot.endsAt(), found.event().zone()))).orElse(null);
    }

    private String standName(StandSlot slot) {
        return stands.find(slot.standId()).map(s -> s.name()).orElse("");
    }

    /** A pitch's letter, once the jury has had its say: a decision made, or the event over. */
    private static boolean pitchLetter(Found found, Instant now) {
        Event event = found.event();
        return found.call().kind() == CallKind.PITCH && (found.proposal().status().decided()
                || now.atZone(event.zone()).toLocalDate().isAfter(event.endsOn()));
    }
}
