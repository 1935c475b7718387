package fi.pyykkinaru.call;

/**
 * Where a proposal is: saved unfinished by its applicant, sent in, being reviewed, chosen, declined, or withdrawn
 * by its applicant. Only a draft or a submitted proposal may still be edited by its applicant (until the call closes).
 */
public enum ProposalStatus {
    DRAFT, SUBMITTED, IN_REVIEW, CHOSEN, DECLINED, WITHDRAWN;

    public boolean editableByApplicant() {
        return this == DRAFT || this == SUBMITTED;
    }

    public boolean decided() {
        return this == CHOSEN || this == DECLINED;
    }
}
