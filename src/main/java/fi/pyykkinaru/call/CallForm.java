package fi.pyykkinaru.call;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A call's form as a page shows it: posted to {@code action}, with the new form's key (none on a private page,
 * whose address says which proposal it is), what was typed, and what is wrong with it. {@code sent}: the proposal
 * was sent in already, so saving checks it as a sent one. {@code readOnly}: shown to be read and copied, not sent
 * (the call closed while it was being written).
 */
record CallForm(CallView view, Call call, String action, @Nullable String formKey, ApplicationForm values,
        List<ApplicationProblem> problems, boolean sent, boolean readOnly) {

    /** One line of the error summary: the field it links to, its label and what is wrong. */
    record SummaryLine(String field, String label, String message) {
    }

    CallForm {
        problems = List.copyOf(problems);
    }

    CallText text() {
        return view.text();
    }

    List<QuestionField> questions() {
        List<QuestionField> fields = new ArrayList<>();
        List<Question> questions = call.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String id = ApplicationProblem.questionField(i + 1);
            fields.add(new QuestionField(i + 1, question, text(), values.answer(question.key()), problem(id)));
        }
        return fields;
    }

    /** The message about a field, in the page's language; none while nothing is wrong with it. */
    @Nullable String problem(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst()
                .map(p -> text().get(p.key(), p.args().toArray())).orElse(null);
    }

    List<SummaryLine> summary() {
        List<QuestionField> fields = questions();
        return problems.stream().map(p -> new SummaryLine(p.field(), label(p.field(), fields),
                text().get(p.key(), p.args().toArray()))).toList();
    }

    private String label(String field, List<QuestionField> fields) {
        return switch (field) {
            case ApplicationProblem.TITLE -> text().get("call.page.title-field");
            case ApplicationProblem.NAME -> text().get("call.page.contact.name");
            case ApplicationProblem.ORGANISATION -> text().get("call.page.contact.organisation");
            case ApplicationProblem.EMAIL -> text().get("call.page.contact.email");
            case ApplicationProblem.PHONE -> text().get("call.page.contact.phone");
            // The question's number, as its label starts with it: a long question would drown the message.
            default -> fields.stream().filter(f -> f.id().equals(field)).findFirst()
                    .map(f -> text().get("call.page.error.question", f.number())).orElse(field);
        };
    }

    @Nullable String intro() {
        return call.intro() == null ? null : call.intro().in(text().locale());
    }

    @Nullable String terms() {
        return call.terms() == null ? null : call.terms().in(text().locale());
    }

    String closesAt() {
        return text().dateTime(call.closesAt(), view.event().zone());
    }
}
