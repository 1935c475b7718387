package fi.pyykkinaru.badge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The voting secret a badge's QR carries beside its code, so that the badge's answers are marked under a key its
 * holder carries and not the server. Derived from a key this server makes at start and keeps in memory only: a badge
 * printed twice in one run (a reprint) carries the same secret, while nothing written to disk, the database or a
 * backup can recreate one. After a restart new badges get new secrets; the old ones on paper still work, since the
 * server never checks a secret, only marks answers with it.
 */
@Component
public class BadgeSecrets {

    private final byte[] key = new byte[32];

    BadgeSecrets() {
        new SecureRandom().nextBytes(key);
    }

    /** The voting secret of the badge with this code: 26 characters of the badge code's alphabet (about 128 bits). */
    public String of(String badgeCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] bytes = mac.doFinal(badgeCode.getBytes(StandardCharsets.UTF_8));
            StringBuilder secret = new StringBuilder(BadgeCodes.SECRET_LENGTH);
            for (int i = 0; i < BadgeCodes.SECRET_LENGTH; i++) {
                secret.append(BadgeCodes.ALPHABET.charAt(Byte.toUnsignedInt(bytes[i]) % BadgeCodes.ALPHABET.length()));
            }
            return secret.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
