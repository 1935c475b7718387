package fi.pyykkinaru.call;

import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pitch call's jury: members by name, each with a private scoring link of which only the hash is kept, so that a
 * link is shown once, when it is made; a member who lost theirs gets a new one and the old stops working.
 */
@Service
public class Jury {

    public static final int MAX_NAME = 120;

    /** A member with their link's secret, to be shown to the organiser this once. */
    public record NewLink(JuryMember member, String secret) {
    }

    private final JuryMemberRepository members;
    private final ReviewRepository reviews;
    private final ProposalRepository proposals;
    private final AuditLog audit;
    private final Clock clock;

    Jury(JuryMemberRepository members, ReviewRepository reviews, ProposalRepository proposals, AuditLog audit,
            Clock clock) {
        this.members = members;
        this.reviews = reviews;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a member to a pitch call's jury; the name is 1-{@value #MAX_NAME} characters. */
    @Transactional
    public NewLink add(Call call, String name) {
        if (call.kind() != CallKind.PITCH) {
            throw new IllegalArgumentException("Only a pitch call has a jury");
        }
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException("A jury member's name is 1-" + MAX_NAME + " characters");
        }
        String secret = PrivateLinks.newSecret();
        JuryMember member = members.save(new JuryMember(null, call.requireId(), stripped, PrivateLinks.hash(secret),
                clock.instant()));
        audit.record("call.jury.add", "member " + member.id() + " (call " + member.callId() + ")");
        return new NewLink(member, secret);
    }

    /** A new link for a member who lost theirs; the old one opens nothing any more. */
    @Transactional
    public NewLink newLink(long memberId) {
        JuryMember member = members.findById(memberId).orElseThrow();
        String secret = PrivateLinks.newSecret();
        JuryMember saved = members.save(new JuryMember(member.id(), member.callId(), member.name(),
                PrivateLinks.hash(secret), member.createdAt()));
        audit.record("call.jury.new-link", "member " + member.id());
        return new NewLink(saved, secret);
    }

    /** The member goes, with their scores: a member added by mistake should not count in any letter. */
    @Transactional
    public void remove(long memberId) {
        members.findById(memberId).ifPresent(member -> {
            reviews.deleteAll(reviews.findByReviewer(Review.juryReviewer(memberId)));
            members.delete(member);
            audit.record("call.jury.remove", "member " + member.id());
        });
    }

    @Transactional(readOnly = true)
    public List<JuryMember> of(long callId) {
        return members.findByCallIdOrderByName(callId);
    }

    /** The member whose private link this is; a malformed or replaced secret, or a removed member: none. */
    @Transactional(readOnly = true)
    public Optional<JuryMember> byLink(String secret) {
        return PrivateLinks.isWellFormed(secret) ? members.findByTokenHash(PrivateLinks.hash(secret)) : Optional.empty();
    }

    /** How many of the call's pitches each member (by id) has scored. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> scoredCounts(long callId) {
        Map<Long, Integer> counts = new HashMap<>();
        List<JuryMember> jury = members.findByCallIdOrderByName(callId);
        for (Proposal pitch : proposals.findByCallIdOrderByCreatedAtAsc(callId)) {
            for (Review review : reviews.findByProposalId(pitch.requireId())) {
                jury.stream().filter(m -> Review.juryReviewer(m.requireId()).equals(review.reviewer()))
                        .forEach(m -> counts.merge(m.requireId(), 1, Integer::sum));
            }
        }
        return counts;
    }
}
