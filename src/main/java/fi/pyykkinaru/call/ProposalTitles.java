package fi.pyykkinaru.call;

import org.jspecify.annotations.Nullable;

/**
 * A proposal's title when its applicant gave none: the first sentence of its first long answer (the idea, the
 * solution), or as much of it as fits in {@value #DERIVED} characters, so that the review board's list reads as a
 * list of ideas rather than of numbers. Failing a long answer, the first short one (a takeover's network).
 */
final class ProposalTitles {

    static final int DERIVED = 80;

    private ProposalTitles() {
    }

    static @Nullable String of(Call call, ApplicationForm form) {
        if (!form.title().isEmpty()) {
            return form.title();
        }
        for (QuestionKind kind : new QuestionKind[] {QuestionKind.LONG_TEXT, QuestionKind.SHORT_TEXT}) {
            for (Question question : call.questions()) {
                String answer = form.answer(question.key());
                if (question.kind() == kind && !answer.isEmpty()) {
                    return firstSentence(answer);
                }
            }
        }
        return null;
    }

    static String firstSentence(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        var sentence = java.util.regex.Pattern.compile("^(.+?[.!?])(\\s|$)").matcher(flat);
        String first = sentence.find() ? sentence.group(1) : flat;
        if (first.endsWith(".") && !first.endsWith("..")) {
            first = first.substring(0, first.length() - 1);
        }
        if (first.length() <= DERIVED) {
            return first;
        }
        String cut = first.substring(0, DERIVED - 1);
        int space = cut.lastIndexOf(' ');
        return (space > DERIVED / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
