package fi.pyykkinaru.badge;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Badge codes: 10 characters from an alphabet without look-alikes (about 50 bits), shown as {@code ABCDE-FGHJK}.
 * The badge's QR carries {@code PYK-} and the code, so a scanner tells it apart from a session's code.
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

    /** What the badge's QR code holds. */
    public static String payload(String code) {
        return PREFIX + code;
    }

    /** For people: two groups of five. */
    public static String display(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** A scanned QR or a typed code, as a badge code if it is one: case, spaces and dashes aside. */
    public static Optional<String> read(String scannedOrTyped) {
        String text = scannedOrTyped.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith(PREFIX)) {
            text = text.substring(PREFIX.length());
        }
        String code = text.replaceAll("[\\s-]", "");
        return isWellFormed(code) ? Optional.of(code) : Optional.empty();
    }
}
