package fi.pyykkinaru.call;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal's private page ({@code /call/{slug}/p/{secret}}) as its templates show it: its link in full and as a
 * QR code, its status, the decision, and either the form to go on editing or the answers to read. A chosen
 * proposal's responsible person also gets their part ({@link ResponsiblePart}), a takeover its slot, a pitch its
 * letter. {@code notice}: the translation key of what just happened, or of why it did not.
 */
record PrivatePage(CallView view, Call call, Proposal proposal, String secret, String link, @Nullable CallForm form,
        @Nullable String notice, boolean open, @Nullable ResponsiblePart responsible, @Nullable SlotPart slot,
        boolean pitchLetter) {

    /** A chosen takeover's slot on a stand, with its slips to take home. */
    record SlotPart(String stand, String when) {
    }

    /** One answer as it reads after the call has closed. */
    record ReadAnswer(String label, String text) {
    }

    CallText text() {
        return view.text();
    }

    String base() {
        return "/call/" + view.event().slug() + "/p/" + secret;
    }

    String status() {
        return text().get("call.page.status." + proposal.status().name());
    }

    String statusMeaning() {
        return text().get("call.page.status." + proposal.status().name() + ".meaning");
    }

    boolean withdrawable() {
        return open && proposal.status().editableByApplicant();
    }

    @Nullable String decidedAt() {
        return proposal.decidedAt() == null ? null : text().dateTime(proposal.decidedAt(), view.event().zone());
    }

    String closesAt() {
        return text().dateTime(call.closesAt(), view.event().zone());
    }

    String title() {
        String title = proposal.title();
        return title == null ? text().get("call.page.untitled") : title;
    }

    /** The answers in the call's order, the contact as its four lines, yes and no in words. */
    List<ReadAnswer> answers() {
        List<ReadAnswer> answers = new ArrayList<>();
        for (Question question : call.questions()) {
            String label = question.label().in(text().locale());
            if (question.kind() == QuestionKind.CONTACT) {
                answers.add(new ReadAnswer(label, String.join("\n", nonBlank(proposal.responsibleName(),
                        proposal.responsibleOrganisation(), proposal.responsibleEmail(),
                        proposal.responsiblePhone()))));
                continue;
            }
            String answer = proposal.answer(question.key());
            if (question.kind() == QuestionKind.YES_NO || question.kind() == QuestionKind.CONSENT) {
                answer = answer.isEmpty() ? "" : text().get("call.page." + answer);
            }
            answers.add(new ReadAnswer(label, answer.isEmpty() ? text().get("call.page.no-answer") : answer));
        }
        return answers;
    }

    private static List<String> nonBlank(@Nullable String... values) {
        List<String> lines = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                lines.add(value);
            }
        }
        return lines;
    }
}
