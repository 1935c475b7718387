package fi.pyykkinaru.call;

import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineDraft;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSlot;
import fi.pyykkinaru.kiosk.StandSlots;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chosen proposal becomes what it proposed, without anybody retyping it: a session on the programme (with its
 * own QR code and feedback) or a network's slot on a stand with its own line. Doing it again moves that same
 * session or slot.
 */
@Service
public class Scheduling {

    private final ProposalRepository proposals;
    private final Sessions sessions;
    private final StandSlots slots;
    private final Lines lines;
    private final Stands stands;
    private final AuditLog audit;
    private final Clock clock;

    Scheduling(ProposalRepository proposals, Sessions sessions, StandSlots slots, Lines lines, Stands stands,
            AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.sessions = sessions;
        this.slots = slots;
        this.lines = lines;
        this.stands = stands;
        this.audit = audit;
        this.clock = clock;
    }

    /** The stands a takeover may take. */
    @Transactional(readOnly = true)
    public List<Stand> stands(long eventId) {
        return stands.of(eventId);
    }

    /** The event's question lines, of which a takeover may take one instead of making its own. */
    @Transactional(readOnly = true)
    public List<Line> questionLines(long eventId) {
        return lines.active(eventId).stream().filter(l -> l.kind() == LineKind.ANSWER).toList();
    }

    /** The programme session a proposal became, if it still exists. */
    @Transactional(readOnly = true)
    public Optional<Session> session(Proposal proposal) {
        Long id = proposal.sessionId();
        return id == null ? Optional.empty()
                : sessions.programme(proposal.eventId()).stream().filter(s -> id.equals(s.id())).findFirst();
    }

    /** The stand slot a takeover became, if it still exists. */
    @Transactional(readOnly = true)
    public Optional<StandSlot> slot(Proposal proposal) {
        Long id = proposal.slotId();
        return id == null ? Optional.empty() : slots.find(id);
    }

    /**
     * Puts a chosen proposal on the programme as a session of the open call, its responsible person and
     * organisation from the proposal; if it is there already, its session gets the new title, time and room.
     */
    @Transactional
    public Session toProgramme(long proposalId, ScheduledSession given) {
        Proposal proposal = chosen(proposalId);
        Optional<Session> existing = session(proposal);
        Session session = new Session(existing.map(Session::id).orElse(null), proposal.eventId(),
                existing.map(Session::token).orElseGet(SessionTokens::next), given.title().strip(),
                given.description(), given.startsAt(), given.endsAt(), given.room(), proposal.responsibleName(),
                proposal.responsibleEmail(), proposal.responsibleOrganisation(), SessionOrigin.OPEN_CALL,
                given.language(), existing.map(Session::version).orElse(0));
        Session saved = sessions.save(session);
        if (!Objects.equals(saved.id(), proposal.sessionId())) {
            proposals.save(BoardCopies.became(proposal, saved.id(), proposal.slotId(), clock.instant()));
        }
        audit.record("call.to-programme", "proposal " + proposalId);
        return saved;
    }

    /**
     * Gives a chosen takeover its slot on a stand, with an existing line or a new question line made from the
     * prompt the network proposed; if it has a slot already, that slot is moved.
     */
    @Transactional
    public StandSlot toStand(long proposalId, ScheduledSlot given) {
        Proposal proposal = chosen(proposalId);
        String lineCode = given.lineCode();
        String prompt = given.newLinePrompt();
        if (prompt != null && !prompt.isBlank()) {
            String text = prompt.strip();
            String code = lines.suggestCode(proposal.eventId(), text);
            Line line = lines.add(proposal.eventId(), new LineDraft(code, LineKind.ANSWER, text, text, text, null,
                    null, null, false));
            lineCode = line.code();
        }
        Optional<StandSlot> existing = slot(proposal);
        StandSlot saved = slots.save(new StandSlot(existing.map(StandSlot::id).orElse(null), proposal.eventId(),
                given.standId(), given.startsAt(), given.endsAt(), given.networkName(), lineCode,
                existing.map(StandSlot::version).orElse(0)));
        if (!Objects.equals(saved.id(), proposal.slotId())) {
            proposals.save(BoardCopies.became(proposal, proposal.sessionId(), saved.id(), clock.instant()));
        }
        audit.record("call.to-stand", "proposal " + proposalId);
        return saved;
    }

    private Proposal chosen(long proposalId) {
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new NoSuchElementException("No proposal " + proposalId));
        if (proposal.status() != ProposalStatus.CHOSEN) {
            throw new IllegalStateException("Only a chosen proposal is scheduled");
        }
        return proposal;
    }
}
