package fi.pyykkinaru.call;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposal as its applicant's actions leave it. Kept beside the applicant's service rather than on the
 * aggregate, as these are the applicant's edits only; the review board's decisions are not made here.
 */
final class ApplicantEdits {

    private ApplicantEdits() {
    }

    /**
     * The form's key is the private link's secret: a form sent twice (a double click, a browser's resend) finds
     * its proposal by the key's hash and opens the same private page. Only hashes are stored, a different one for
     * each use, so that neither column opens the other's door.
     */
    static String submissionKey(String secret) {
        return PrivateLinks.hash("form:" + secret);
    }

    static Proposal created(Call call, String secret, ApplicationForm form, boolean submit, Instant now) {
        return new Proposal(null, call.requireId(), call.eventId(), PrivateLinks.hash(secret), submissionKey(secret),
                submit ? ProposalStatus.SUBMITTED : ProposalStatus.DRAFT, form.language(),
                ProposalTitles.of(call, form), blankToNull(form.name()), blankToNull(form.organisation()),
                blankToNull(form.email()), blankToNull(form.phone()), answers(call, form), null, null, null, null,
                List.of(), null, false, now, submit ? now : null, now, 0);
    }

    /** An applicant's change; a proposal already sent in stays sent in (it was checked as such). */
    static Proposal edited(Proposal p, Call call, ApplicationForm form, boolean submit, Instant now) {
        boolean sent = submit || p.status() == ProposalStatus.SUBMITTED;
        return new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(),
                sent ? ProposalStatus.SUBMITTED : ProposalStatus.DRAFT, form.language(), ProposalTitles.of(call, form),
                blankToNull(form.name()), blankToNull(form.organisation()), blankToNull(form.email()),
                blankToNull(form.phone()), answers(call, form), p.decisionMessage(), p.decidedAt(), p.sessionId(),
                p.slotId(), p.tasks(), p.marketingText(), p.marketingApproved(), p.createdAt(),
                sent && p.submittedAt() == null ? now : p.submittedAt(), now, p.version());
    }

    static Proposal withdrawn(Proposal p, Instant now) {
        return new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(),
                ProposalStatus.WITHDRAWN, p.language(), p.title(), p.responsibleName(), p.responsibleOrganisation(),
                p.responsibleEmail(), p.responsiblePhone(), p.answers(), p.decisionMessage(), p.decidedAt(),
                p.sessionId(), p.slotId(), p.tasks(), p.marketingText(), p.marketingApproved(), p.createdAt(),
                p.submittedAt(), now, p.version());
    }

    static Proposal withTasks(Proposal p, List<ProposalTask> tasks, Instant now) {
        return new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(), p.status(),
                p.language(), p.title(), p.responsibleName(), p.responsibleOrganisation(), p.responsibleEmail(),
                p.responsiblePhone(), p.answers(), p.decisionMessage(), p.decidedAt(), p.sessionId(), p.slotId(), tasks,
                p.marketingText(), p.marketingApproved(), p.createdAt(), p.submittedAt(), now, p.version());
    }

    /** A changed text needs the organisers' approval again; the same text saved again keeps it. */
    static Proposal withMarketingText(Proposal p, String text, Instant now) {
        String changed = blankToNull(text);
        boolean approved = p.marketingApproved() && java.util.Objects.equals(changed, p.marketingText());
        return new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(), p.status(),
                p.language(), p.title(), p.responsibleName(), p.responsibleOrganisation(), p.responsibleEmail(),
                p.responsiblePhone(), p.answers(), p.decisionMessage(), p.decidedAt(), p.sessionId(), p.slotId(),
                p.tasks(), changed, approved, p.createdAt(), p.submittedAt(), now, p.version());
    }

    /** Answers to the call's own questions only; the contact is kept on the proposal itself. */
    private static Map<String, ProposalAnswer> answers(Call call, ApplicationForm form) {
        Map<String, ProposalAnswer> answers = new HashMap<>();
        for (Question question : call.questions()) {
            String answer = form.answer(question.key());
            if (question.kind() != QuestionKind.CONTACT && !answer.isEmpty()) {
                answers.put(question.key(), new ProposalAnswer(answer));
            }
        }
        return answers;
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
