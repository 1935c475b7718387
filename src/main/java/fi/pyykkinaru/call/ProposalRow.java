package fi.pyykkinaru.call;

import java.util.Locale;
import java.util.Optional;

/**
 * One line of the review board. {@code summary} is empty for a viewer who may not see the others' scores yet;
 * {@code tied}: another visible proposal has the same mean (to two decimals).
 */
public record ProposalRow(Proposal proposal, int reviewCount, Optional<ReviewSummary> summary, boolean reviewedByMe,
        boolean tied) {

    /** Whether the words searched for are in its title, names, organisation, e-mail or answers (case aside). */
    public boolean matches(String query) {
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return true;
        }
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {proposal.title(), proposal.responsibleName(),
                proposal.responsibleOrganisation(), proposal.responsibleEmail()}) {
            if (part != null) {
                text.append(part).append('\n');
            }
        }
        proposal.answers().values().forEach(a -> text.append(a.text()).append('\n'));
        String haystack = text.toString().toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(wanted.split("\\s+")).allMatch(haystack::contains);
    }

    ProposalRow tied(boolean tie) {
        return new ProposalRow(proposal, reviewCount, summary, reviewedByMe, tie);
    }
}
