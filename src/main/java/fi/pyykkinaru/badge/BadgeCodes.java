package fi.pyykkinaru.badge;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Badge codes: 10 characters from an alphabet without look-alikes (about 50 bits), shown as {@code ABCDE-FGHJK}.
 * The badge's QR carries {@code PYK-}, the code and, after a dot, the badge's voting secret
 * ({@code PYK-ABCDEFGHJK.<26 characters>}), so a scanner tells it apart from a session's code and the kiosk gets the
 * key its holder's answers are marked with. The code is stored with the registration; the secret never is.
 */
public final class BadgeCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;
    private static final String PREFIX = "PYK-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BadgeCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static boolean isWellFormed(String code) {
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private static final char SECRET_MARK = '.';
    static final int SECRET_LENGTH = 26;

    /**
     * What the QR of a badge kept in the print queue holds: the code alone. The printer gets the badge again with
     * its secret ({@link #payload(String, String)}) on the way out, so the queue's table never holds one.
     */
    public static String payload(String code) {
        return PREFIX + code;
    }

    /** What the badge's QR code holds on paper: the code and its voting secret. */
    public static String payload(String code, String votingSecret) {
        return PREFIX + code + SECRET_MARK + votingSecret;
    }

    /** For people: two groups of five. */
    public static String display(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** A scanned QR or a typed code, as a badge code if it is one: case, spaces, dashes and the secret aside. */
    public static Optional<String> read(String scannedOrTyped) {
        String text = scannedOrTyped.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith(PREFIX)) {
            text = text.substring(PREFIX.length());
            int mark = text.indexOf(SECRET_MARK);
            if (mark >= 0) {
                text = text.substring(0, mark);
            }
        }
        String code = text.replaceAll("[\\s-]", "");
        return isWellFormed(code) ? Optional.of(code) : Optional.empty();
    }

    /** The voting secret of a scanned badge QR; none for a typed code or a badge printed before badges had one. */
    public static Optional<String> votingSecret(String scanned) {
        String text = scanned.strip().toUpperCase(Locale.ROOT);
        int mark = text.indexOf(SECRET_MARK);
        if (!text.startsWith(PREFIX) || mark < 0 || read(text).isEmpty()) {
            return Optional.empty();
        }
        String secret = text.substring(mark + 1);
        return secret.length() == SECRET_LENGTH && secret.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                ? Optional.of(secret) : Optional.empty();
    }
}
