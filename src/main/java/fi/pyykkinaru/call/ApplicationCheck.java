package fi.pyykkinaru.call;

import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is wrong with an application, field by field. A draft is only held to what can be stored (lengths, a choice
 * among the options); a submitted proposal also to the call's required answers, a reachable responsible person and
 * its consents.
 */
final class ApplicationCheck {

    static final int MAX_NAME = 200;
    static final int MAX_ORGANISATION = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_PHONE = 40;
    static final String YES = "yes";
    static final String NO = "no";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]+");

    private final List<ApplicationProblem> problems = new ArrayList<>();
    private final boolean complete;

    private ApplicationCheck(boolean complete) {
        this.complete = complete;
    }

    /** The problems of a form for this call; {@code complete} when it is sent in rather than saved unfinished. */
    static List<ApplicationProblem> problems(Call call, ApplicationForm form, boolean complete) {
        ApplicationCheck check = new ApplicationCheck(complete);
        check.length(ApplicationProblem.TITLE, form.title(), Proposal.MAX_TITLE);
        List<Question> questions = call.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String field = ApplicationProblem.questionField(i + 1);
            switch (question.kind()) {
                case CONTACT -> check.contact(question, form);
                case SHORT_TEXT, LONG_TEXT -> check.text(field, question, form.answer(question.key()));
                case CHOICE -> check.choice(field, question, form.answer(question.key()));
                case YES_NO -> check.yesNo(field, question, form.answer(question.key()));
                case CONSENT -> check.consent(field, question, form.answer(question.key()));
            }
        }
        return List.copyOf(check.problems);
    }

    private void text(String field, Question question, String answer) {
        required(field, question, answer);
        length(field, answer, question.limit());
    }

    private void choice(String field, Question question, String answer) {
        required(field, question, answer);
        // An option in any language: the page's language may have been switched after choosing.
        if (!answer.isEmpty() && Translations.LOCALES.stream().noneMatch(l -> question.options(l).contains(answer))) {
            problems.add(ApplicationProblem.of(field, "call.page.error.choice"));
        }
    }

    private void yesNo(String field, Question question, String answer) {
        required(field, question, answer);
        if (!answer.isEmpty() && !answer.equals(YES) && !answer.equals(NO)) {
            problems.add(ApplicationProblem.of(field, "call.page.error.choice"));
        }
    }

    private void consent(String field, Question question, String answer) {
        if (!answer.isEmpty() && !answer.equals(YES)) {
            problems.add(ApplicationProblem.of(field, "call.page.error.choice"));
        } else if (complete && question.required() && answer.isEmpty()) {
            problems.add(ApplicationProblem.of(field, "call.page.error.consent"));
        }
    }

    private void contact(Question question, ApplicationForm form) {
        if (complete && question.required() && form.name().isEmpty()) {
            problems.add(ApplicationProblem.of(ApplicationProblem.NAME, "call.page.error.name"));
        }
        length(ApplicationProblem.NAME, form.name(), MAX_NAME);
        length(ApplicationProblem.ORGANISATION, form.organisation(), MAX_ORGANISATION);
        if (complete && question.required() && form.email().isEmpty()) {
            problems.add(ApplicationProblem.of(ApplicationProblem.EMAIL, "call.page.error.email-missing"));
        } else if (form.email().length() > MAX_EMAIL) {
            length(ApplicationProblem.EMAIL, form.email(), MAX_EMAIL);
        } else if (complete && !form.email().isEmpty() && !EMAIL.matcher(form.email()).matches()) {
            problems.add(ApplicationProblem.of(ApplicationProblem.EMAIL, "call.page.error.email"));
        }
        if (form.phone().length() > MAX_PHONE) {
            length(ApplicationProblem.PHONE, form.phone(), MAX_PHONE);
        } else if (complete && !form.phone().isEmpty() && !phoneLike(form.phone())) {
            problems.add(ApplicationProblem.of(ApplicationProblem.PHONE, "call.page.error.phone"));
        }
    }

    private void required(String field, Question question, String answer) {
        if (complete && question.required() && answer.isEmpty()) {
            problems.add(ApplicationProblem.of(field, "call.page.error.required"));
        }
    }

    private void length(String field, String typed, int limit) {
        if (typed.length() > limit) {
            problems.add(ApplicationProblem.of(field, "call.page.error.too-long", limit, typed.length()));
        } else if (PlainText.hasControlCharacters(typed, true)) {
            problems.add(ApplicationProblem.of(field, "call.page.error.control"));
        }
    }

    private static boolean phoneLike(String phone) {
        return PHONE.matcher(phone).matches() && phone.chars().filter(Character::isDigit).count() >= 5;
    }
}
