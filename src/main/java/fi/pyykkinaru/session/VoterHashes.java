package fi.pyykkinaru.session;

import fi.pyykkinaru.storage.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes of voters (a badge code, a phone's cookie) under the server's own secrets: a second vote is
 * recognised, the voter is not. Each use has its own key, so a phone's feedback and its questions cannot be joined.
 */
@Component
class VoterHashes {

    private final ServerSecrets secrets;

    VoterHashes(ServerSecrets secrets) {
        this.secrets = secrets;
    }

    String hash(String keyName, String voterKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret(keyName).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(voterKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
