package fi.pyykkinaru.call;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an applicant typed into a call's form, kept as typed (only trimmed, with a browser's CR LF line ends as LF,
 * as length limits count them), so that a form that comes back with problems holds every word. Answers are by
 * question key; the responsible person's contact is apart, as the proposal keeps it apart.
 */
public record ApplicationForm(String language, String title, String name, String organisation, String email,
        String phone, Map<String, String> answers) {

    public ApplicationForm {
        title = clean(title);
        name = clean(name);
        organisation = clean(organisation);
        email = clean(email);
        phone = clean(phone);
        Map<String, String> kept = new LinkedHashMap<>();
        answers.forEach((key, text) -> {
            String typed = clean(text);
            if (!typed.isEmpty()) {
                kept.put(key, typed);
            }
        });
        answers = Map.copyOf(kept);
    }

    public static ApplicationForm empty(String language) {
        return new ApplicationForm(language, "", "", "", "", "", Map.of());
    }

    /**
     * A stored proposal as its form shows it again. A title that was only derived from the first answer is not
     * shown as if the applicant had typed it, so that it follows the answer when that changes.
     */
    public static ApplicationForm of(Proposal proposal, Call call) {
        ApplicationForm stored = of(proposal);
        ApplicationForm untitled = new ApplicationForm(stored.language(), "", stored.name(), stored.organisation(),
                stored.email(), stored.phone(), stored.answers());
        return stored.title().equals(ProposalTitles.of(call, untitled)) ? untitled : stored;
    }

    /** A stored proposal's own values. */
    public static ApplicationForm of(Proposal proposal) {
        Map<String, String> answers = new LinkedHashMap<>();
        proposal.answers().forEach((key, answer) -> answers.put(key, answer.text()));
        return new ApplicationForm(proposal.language(), clean(proposal.title()), clean(proposal.responsibleName()),
                clean(proposal.responsibleOrganisation()), clean(proposal.responsibleEmail()),
                clean(proposal.responsiblePhone()), answers);
    }

    /** The answer typed to a question, or empty text. */
    public String answer(String questionKey) {
        return answers.getOrDefault(questionKey, "");
    }

    public ApplicationForm inLanguage(String other) {
        return new ApplicationForm(other, title, name, organisation, email, phone, answers);
    }

    private static String clean(@Nullable String typed) {
        return typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
