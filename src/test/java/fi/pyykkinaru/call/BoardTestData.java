package fi.pyykkinaru.call;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Proposals and reviews as applicants and reviewers would leave them, for the review board's tests. */
public final class BoardTestData {

    private BoardTestData() {
    }

    /** A proposal sent in to the call by its applicant. */
    public static Proposal proposal(ProposalRepository proposals, Call call, String title, String name,
            ProposalStatus status, Map<String, String> answers) {
        Instant now = Instant.now();
        Map<String, ProposalAnswer> given = new HashMap<>();
        answers.forEach((k, v) -> given.put(k, new ProposalAnswer(v)));
        return proposals.save(new Proposal(null, call.requireId(), call.eventId(),
                PrivateLinks.hash(PrivateLinks.newSecret()), UUID.randomUUID().toString(), status, "fi", title, name,
                "Järjestö ry", name.toLowerCase().replace(' ', '.') + "@example.org", "040 123 4567", given, null, null,
                null, null, List.of(), null, false, now, status == ProposalStatus.DRAFT ? null : now, now, 0));
    }

    /** Every criterion of the call given the same score. */
    public static Map<String, Integer> scores(Call call, int score) {
        Map<String, Integer> scores = new HashMap<>();
        call.criteria().forEach(c -> scores.put(c.key(), score));
        return scores;
    }
}
