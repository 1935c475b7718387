package fi.pyykkinaru.call;

import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning group's review of a call: the proposals with their scores (each scorer sees the others' only after
 * scoring, so that nobody anchors on them), the ranking, the scores themselves and the organisers' decisions. Every
 * score and decision is audited.
 */
@Service
public class ReviewBoard {

    /** The board of a call as one viewer sees it; {@code applied} leaves out drafts and withdrawn proposals. */
    public record Board(List<ProposalRow> rows, long applied, long chosen, long drafts) {
    }

    /** A review shown on a proposal: by whom (a staff name, or a jury member's name) and what they gave. */
    public record ShownReview(String by, boolean jury, Review review) {
    }

    /**
     * One proposal's reviews as a viewer sees them: their own review, and (once they may) everyone's with the mean
     * per criterion.
     */
    public record ProposalReviews(Optional<Review> mine, boolean othersVisible, List<ShownReview> all,
            Map<String, Double> meanPerCriterion, Optional<ReviewSummary> summary) {
    }

    static final String COMMENT = "comment";

    private final ProposalRepository proposals;
    private final ReviewRepository reviews;
    private final JuryMemberRepository jury;
    private final CallRepository calls;
    private final AuditLog audit;
    private final Clock clock;

    ReviewBoard(ProposalRepository proposals, ReviewRepository reviews, JuryMemberRepository jury,
            CallRepository calls, AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.reviews = reviews;
        this.jury = jury;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The call's proposals as the viewer sees them, in the order they came. Drafts are the applicants' own until
     * sent: only organisers see them listed, reviewers see how many there are.
     */
    @Transactional(readOnly = true)
    public Board board(Call call, Reviewer viewer) {
        List<Proposal> all = proposals.findByCallIdOrderByCreatedAtAsc(call.requireId());
        List<ProposalRow> rows = new ArrayList<>();
        for (Proposal proposal : all) {
            if (proposal.status() == ProposalStatus.DRAFT && !viewer.organiser()) {
                continue;
            }
            List<Review> of = reviews.findByProposalId(proposal.requireId());
            boolean mine = of.stream().anyMatch(r -> r.reviewer().equals(viewer.name()));
            Optional<ReviewSummary> summary = viewer.seesScoresWithout(mine) ? Optional.of(ReviewSummary.of(of))
                    : Optional.empty();
            rows.add(new ProposalRow(proposal, of.size(), summary, mine, false));
        }
        return new Board(markTies(rows), count(all, s -> s != ProposalStatus.DRAFT && s != ProposalStatus.WITHDRAWN),
                count(all, s -> s == ProposalStatus.CHOSEN), count(all, s -> s == ProposalStatus.DRAFT));
    }

    /** The rows best first by mean; rows whose scores the viewer may not see yet come last, in their order. */
    public static List<ProposalRow> ranked(List<ProposalRow> rows) {
        return rows.stream().sorted(Comparator.comparingLong(ReviewBoard::rankKey).reversed()).toList();
    }

    private static long rankKey(ProposalRow row) {
        return row.summary().map(ReviewSummary::rankKey).orElse(Long.MIN_VALUE);
    }

    private static List<ProposalRow> markTies(List<ProposalRow> rows) {
        Map<Long, Long> sameMean = rows.stream().filter(r -> r.summary().map(s -> s.mean().isPresent()).orElse(false))
                .collect(Collectors.groupingBy(ReviewBoard::rankKey, Collectors.counting()));
        return rows.stream().map(r -> r.tied(sameMean.getOrDefault(rankKey(r), 0L) > 1)).toList();
    }

    private static long count(List<Proposal> all, java.util.function.Predicate<ProposalStatus> status) {
        return all.stream().filter(p -> status.test(p.status())).count();
    }

    @Transactional(readOnly = true)
    public Optional<Proposal> proposal(long proposalId) {
        return proposals.findById(proposalId);
    }

    /** The proposal's reviews for this viewer: the others' only after the viewer has scored (or decides unscoring). */
    @Transactional(readOnly = true)
    public ProposalReviews reviews(Call call, long proposalId, Reviewer viewer) {
        List<Review> of = reviews.findByProposalId(proposalId);
        Optional<Review> mine = of.stream().filter(r -> r.reviewer().equals(viewer.name())).findFirst();
        if (!viewer.seesScoresWithout(mine.isPresent())) {
            return new ProposalReviews(mine, false, List.of(), Map.of(), Optional.empty());
        }
        Map<Long, String> juryNames = jury.findByCallIdOrderByName(call.requireId()).stream()
                .collect(Collectors.toMap(JuryMember::requireId, JuryMember::name));
        List<ShownReview> shown = of.stream().sorted(Comparator.comparing(Review::savedAt))
                .map(r -> shown(r, juryNames)).toList();
        Map<String, Double> means = new LinkedHashMap<>();
        for (Criterion criterion : call.criteria()) {
            of.stream().map(r -> r.scores().get(criterion.key())).filter(s -> s != null)
                    .mapToInt(ReviewScore::score).average().ifPresent(m -> means.put(criterion.key(), m));
        }
        return new ProposalReviews(mine, true, shown, means, Optional.of(ReviewSummary.of(of)));
    }

    private static ShownReview shown(Review review, Map<Long, String> juryNames) {
        if (review.reviewer().startsWith(Review.JURY_PREFIX)) {
            String id = review.reviewer().substring(Review.JURY_PREFIX.length());
            String name = id.matches("\\d{1,18}") ? juryNames.get(Long.parseLong(id)) : null;
            return new ShownReview(name == null ? review.reviewer() : name, true, review);
        }
        return new ShownReview(review.reviewer(), false, review);
    }

    /**
     * What is wrong with a review before it is saved, by criterion key (or {@value #COMMENT}), as translation keys:
     * every criterion of the call needs a score of 1-5.
     */
    public static Map<String, String> problems(Call call, Map<String, @Nullable Integer> scores, String comment) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Criterion criterion : call.criteria()) {
            Integer score = scores.get(criterion.key());
            if (score == null) {
                problems.put(criterion.key(), "call.board.score.missing");
            } else if (score < Criterion.LOWEST || score > Criterion.HIGHEST) {
                problems.put(criterion.key(), "call.board.score.range");
            }
        }
        if (comment.length() > Review.MAX_COMMENT) {
            problems.put(COMMENT, "call.board.comment.too-long");
        }
        return problems;
    }

    /**
     * Saves the viewer's scores and comment on a proposal (replacing their earlier review). A proposal just sent in
     * is now in review. Drafts and withdrawn proposals are not reviewed.
     */
    @Transactional
    public Review saveReview(long proposalId, Reviewer viewer, Map<String, Integer> scores, String comment) {
        Proposal proposal = get(proposalId);
        Call call = calls.findById(proposal.callId()).orElseThrow();
        Map<String, @Nullable Integer> given = new HashMap<>(scores);
        if (!problems(call, given, comment).isEmpty()) {
            throw new IllegalArgumentException("A review scores every criterion 1-5: " + problems(call, given, comment));
        }
        if (proposal.status() == ProposalStatus.DRAFT || proposal.status() == ProposalStatus.WITHDRAWN) {
            throw new IllegalStateException("A " + proposal.status() + " proposal is not reviewed");
        }
        Instant now = clock.instant();
        Map<String, ReviewScore> kept = call.criteria().stream().collect(Collectors.toMap(Criterion::key,
                c -> new ReviewScore(java.util.Objects.requireNonNull(scores.get(c.key())))));
        String text = comment.strip().isEmpty() ? null : comment.strip();
        Review review = reviews.findByProposalIdAndReviewer(proposalId, viewer.name())
                .map(r -> new Review(r.id(), proposalId, r.reviewer(), kept, text, now, r.version()))
                .orElseGet(() -> new Review(null, proposalId, viewer.name(), kept, text, now, 0));
        Review saved = reviews.save(review);
        if (proposal.status() == ProposalStatus.SUBMITTED) {
            proposals.save(BoardCopies.status(proposal, ProposalStatus.IN_REVIEW, null, null, now));
        }
        audit.record("call.review", "proposal " + proposalId);
        return saved;
    }

    /** The decision message the call's template gives, in the applicant's language. */
    public static String template(Call call, Proposal proposal, boolean chosen) {
        var text = chosen ? call.chosenMessage() : call.declinedMessage();
        return text == null ? "" : text.in(Locale.of(proposal.language()));
    }

    /** An organiser chooses or declines a proposal with the message its applicant sees on their private page. */
    @Transactional
    public Proposal decide(long proposalId, Reviewer viewer, boolean chosen, String message) {
        requireOrganiser(viewer);
        Proposal proposal = get(proposalId);
        if (proposal.status() != ProposalStatus.SUBMITTED && proposal.status() != ProposalStatus.IN_REVIEW) {
            throw new IllegalStateException("Only a proposal sent in and not yet decided is decided, not "
                    + proposal.status());
        }
        Instant now = clock.instant();
        Proposal saved = proposals.save(BoardCopies.status(proposal, chosen ? ProposalStatus.CHOSEN
                : ProposalStatus.DECLINED, message.strip(), now, now));
        audit.record(chosen ? "call.choose" : "call.decline", "proposal " + proposalId);
        return saved;
    }

    /**
     * An organiser takes a decision back: the proposal is in review again and its applicant no longer sees a
     * message. A session or slot it became stays (the programme is changed where it is kept).
     */
    @Transactional
    public Proposal undecide(long proposalId, Reviewer viewer) {
        requireOrganiser(viewer);
        Proposal proposal = get(proposalId);
        if (!proposal.status().decided()) {
            return proposal;
        }
        Proposal saved = proposals.save(BoardCopies.status(proposal, ProposalStatus.IN_REVIEW, null, null,
                clock.instant()));
        audit.record("call.undecide", "proposal " + proposalId);
        return saved;
    }

    private static void requireOrganiser(Reviewer viewer) {
        if (!viewer.organiser()) {
            throw new AccessDeniedException("Only organisers decide");
        }
    }

    private Proposal get(long proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> new NoSuchElementException("No proposal " + proposalId));
    }
}
