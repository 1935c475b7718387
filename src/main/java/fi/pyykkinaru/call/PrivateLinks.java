package fi.pyykkinaru.call;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in applicants' and jury members' private links. Only their hashes are stored: a copy of the database
 * opens nobody's proposal. 24 random bytes, URL-safe.
 */
public final class PrivateLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivateLinks() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a path segment could be one of our secrets at all, before any lookup. */
    public static boolean isWellFormed(String secret) {
        return secret.matches("[A-Za-z0-9_-]{32}");
    }
}
