package fi.pyykkinaru.call;

import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pitch call's entries as the jury sees them: pitches sent in by their pitchers or added by an organiser, who
 * then hands the pitcher their private link. Drafts and withdrawn pitches are nobody's to score.
 */
@Service
public class Pitches {

    private static final Set<ProposalStatus> SCORED = EnumSet.complementOf(
            EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN));

    /** A pitch with its private link's secret, to be shown to the organiser this once. */
    public record AddedPitch(Proposal pitch, String secret) {
    }

    private final ProposalRepository proposals;
    private final AuditLog audit;
    private final Clock clock;

    Pitches(ProposalRepository proposals, AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a sent-in pitch to a pitch call; the draft must have no {@link PitchDraft#problems()}. */
    @Transactional
    public AddedPitch add(Call call, PitchDraft draft) {
        if (call.kind() != CallKind.PITCH || !draft.problems().isEmpty()) {
            throw new IllegalArgumentException("A pitch is added to a pitch call, with its title and pitcher");
        }
        String secret = PrivateLinks.newSecret();
        Instant now = clock.instant();
        String language = Translations.supported(Locale.of(draft.language())).getLanguage();
        Proposal pitch = proposals.save(new Proposal(null, call.requireId(), call.eventId(), PrivateLinks.hash(secret),
                "staff-" + java.util.UUID.randomUUID(), ProposalStatus.SUBMITTED, language, draft.title(), draft.name(),
                blankToNull(draft.organisation()), blankToNull(draft.email()), null, Map.of(), null, null, null, null,
                List.of(), null, false, now, now, now, 0));
        audit.record("call.pitch.add", "proposal " + pitch.id());
        return new AddedPitch(pitch, secret);
    }

    /** The call's pitches to score, in the order they came. */
    @Transactional(readOnly = true)
    public List<Proposal> of(long callId) {
        return proposals.findByCallIdOrderByCreatedAtAsc(callId).stream().filter(Pitches::scored).toList();
    }

    /** Whether the jury scores this pitch: neither a draft nor withdrawn. */
    public static boolean scored(Proposal pitch) {
        return SCORED.contains(pitch.status());
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
