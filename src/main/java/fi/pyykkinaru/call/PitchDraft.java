package fi.pyykkinaru.call;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A pitch as an organiser types it in: its title, the pitcher's name, organisation and e-mail, and the language the
 * pitcher reads their letter in. {@link #problems()} names each field that is wrong with its message's key.
 */
public record PitchDraft(String title, String name, String organisation, String email, String language) {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 320;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public PitchDraft {
        title = title.strip();
        name = name.strip();
        organisation = organisation.strip();
        email = email.strip();
    }

    /** Field ({@code title}, {@code name}, {@code organisation}, {@code email}) → the key of what is wrong. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title.isEmpty()) {
            problems.put("title", "call.jury.pitch.title.missing");
        } else if (title.length() > Proposal.MAX_TITLE) {
            problems.put("title", "call.jury.pitch.too-long");
        }
        if (name.isEmpty()) {
            problems.put("name", "call.jury.pitch.name.missing");
        } else if (name.length() > MAX_NAME) {
            problems.put("name", "call.jury.pitch.too-long");
        }
        if (organisation.length() > MAX_NAME) {
            problems.put("organisation", "call.jury.pitch.too-long");
        }
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.put("email", "call.jury.pitch.email.invalid");
        }
        return problems;
    }
}
