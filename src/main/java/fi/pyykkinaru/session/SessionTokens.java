package fi.pyykkinaru.session;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Session tokens: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits, so a
 * visitor can type one from a poster and nobody can guess another session's.
 */
public final class SessionTokens {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;
    /** What people misread for a token's characters; none of them is ever in one. */
    private static final String LOOK_ALIKES = "01OIL";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionTokens() {
    }

    public static String next() {
        StringBuilder token = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    public static boolean isWellFormed(String token) {
        return token.length() == LENGTH && token.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** A typed code with one of these was misread from the poster (a token never has them). */
    public static boolean hasLookAlike(String typed) {
        return normalise(typed).chars().anyMatch(c -> LOOK_ALIKES.indexOf(c) >= 0);
    }

    /** What a visitor typed or a QR held, as a token if it can be one: case, spaces and dashes aside. */
    public static String normalise(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
