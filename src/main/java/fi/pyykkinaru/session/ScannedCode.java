package fi.pyykkinaru.session;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scanned QR code holds, as far as sessions go: a session address ({@code …/s/{token}}, from any host, as
 * posters may carry an older server address) or a bare token. Anything else is not a session code.
 */
public final class ScannedCode {

    private static final Pattern SESSION_ADDRESS = Pattern.compile("^https?://[^/\\s]+(?:/[^\\s]*)?/s/([A-Za-z0-9]{8})(?:[/?#][^\\s]*)?$");

    private ScannedCode() {
    }

    public static Optional<String> sessionToken(String scanned) {
        String text = scanned.strip();
        Matcher address = SESSION_ADDRESS.matcher(text);
        String candidate = address.matches() ? address.group(1) : text;
        String token = SessionTokens.normalise(candidate);
        return SessionTokens.isWellFormed(token) && (address.matches() || text.length() <= 12)
                ? Optional.of(token) : Optional.empty();
    }
}
