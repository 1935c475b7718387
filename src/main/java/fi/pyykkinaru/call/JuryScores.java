package fi.pyykkinaru.call;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury's scores: one review per member per pitch, which the member may change as often as they like. A member
 * reads only their own; the pitchers' letters read them all.
 */
@Service
public class JuryScores {

    private final ReviewRepository reviews;
    private final Clock clock;

    JuryScores(ReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The member's own reviews of these pitches, by pitch id. */
    @Transactional(readOnly = true)
    public Map<Long, Review> ofMember(JuryMember member, List<Proposal> pitches) {
        Map<Long, Review> own = new HashMap<>();
        for (Proposal pitch : pitches) {
            reviews.findByProposalIdAndReviewer(pitch.requireId(), Review.juryReviewer(member.requireId()))
                    .ifPresent(review -> own.put(pitch.requireId(), review));
        }
        return own;
    }

    /**
     * Saves the member's scores of a pitch of their own call, replacing what they saved before. The draft must have
     * no {@link JuryScoreDraft#problems(Call)}.
     */
    @Transactional
    public Review save(Call call, JuryMember member, Proposal pitch, JuryScoreDraft draft) {
        if (member.callId() != call.requireId() || pitch.callId() != call.requireId() || !Pitches.scored(pitch)) {
            throw new IllegalArgumentException("A jury member scores the pitches of their own call");
        }
        if (!draft.problems(call).isEmpty()) {
            throw new IllegalArgumentException("A jury member's scores are 1-5 on every criterion");
        }
        String reviewer = Review.juryReviewer(member.requireId());
        Optional<Review> before = reviews.findByProposalIdAndReviewer(pitch.requireId(), reviewer);
        return reviews.save(new Review(before.map(Review::id).orElse(null), pitch.requireId(), reviewer,
                draft.reviewScores(call), draft.comment().isEmpty() ? null : draft.comment(), clock.instant(),
                before.map(Review::version).orElse(0)));
    }

    /** Every jury member's review of the pitch (staff reviewers' are the board's), oldest member first. */
    @Transactional(readOnly = true)
    public List<Review> ofPitch(long pitchId) {
        return reviews.findByProposalId(pitchId).stream().filter(r -> r.reviewer().startsWith(Review.JURY_PREFIX))
                .toList();
    }
}
