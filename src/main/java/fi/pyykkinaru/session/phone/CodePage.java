package fi.pyykkinaru.session.phone;

import fi.pyykkinaru.session.SessionTokens;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The page where a phone types a session's code from a poster ({@code /s}), as its templates show it: what was
 * typed, kept as typed, and what is wrong with it, if anything.
 */
record CodePage(PhoneText text, String code, @Nullable String problem) {

    static CodePage empty(PhoneText text) {
        return new CodePage(text, "", null);
    }

    String hint() {
        return text.get("feedback.code.hint", SessionTokens.LENGTH);
    }

    /** The message about the code, in the page's language; none while nothing is wrong. */
    @Nullable String problemText() {
        return problem == null ? null : text.get(problem, code.strip(), SessionTokens.LENGTH);
    }

    /**
     * What a visitor typed, read as generously as the poster allows: any case, spaces, dashes, dots, or the whole
     * address copied from the poster. Empty when nothing like a token was typed.
     */
    static String token(String typed) {
        String text = typed.strip();
        int path = text.lastIndexOf("/s/");
        if (path >= 0) {
            text = text.substring(path + 3).replaceFirst("[/?#].*$", "");
        }
        return text.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
    }

    /** Why a typed code cannot be any session's, before asking which session it is. */
    static Optional<String> misread(String token) {
        if (token.isEmpty()) {
            return Optional.of("feedback.code.empty");
        }
        if (SessionTokens.hasLookAlike(token)) {
            return Optional.of("feedback.code.look-alike");
        }
        return SessionTokens.isWellFormed(token) ? Optional.empty() : Optional.of("feedback.code.length");
    }
}
