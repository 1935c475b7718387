package fi.pyykkinaru.call;

import java.util.List;

/** What became of an applicant's save, submit or change: saved, sent back with problems, or refused. */
public sealed interface Applied {

    /** Stored; {@code secret} opens the proposal's private page. */
    record Saved(Proposal proposal, String secret) implements Applied {
    }

    /** Nothing stored: what to put right, field by field. */
    record Invalid(List<ApplicationProblem> problems) implements Applied {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** Nothing stored, and nothing the applicant could type would change that. */
    record Refused(Refusal reason) implements Applied {
    }

    /** Why, with the words the applicant reads. */
    enum Refusal {
        /** The call is not open (not yet, or no longer). */
        CLOSED("call.page.refused.closed"),
        /** Decided, in review or withdrawn: no longer the applicant's to change. */
        NOT_EDITABLE("call.page.refused.not-editable"),
        /** No proposal of this call has that link. */
        NOT_FOUND("call.page.refused.not-found"),
        /** Only a chosen proposal has a checklist and a marketing text. */
        NOT_CHOSEN("call.page.refused.not-chosen");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
