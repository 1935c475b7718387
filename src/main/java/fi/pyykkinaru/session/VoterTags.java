package fi.pyykkinaru.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A voter's mark in one place: one session's feedback, one question, one event's closing questions. The mark is a
 * keyed hash whose key is what the voter carries (a phone's cookie, a kiosk visitor's id that lives only in the
 * kiosk's memory, the voting secret printed in a badge's QR) and whose message is the place. So the server knows a
 * voter again only when the voter shows the key again: nothing the server stores or keeps as its own secret can make
 * a mark, and one voter's marks in two places have nothing in common.
 */
public final class VoterTags {

    private VoterTags() {
    }

    /** The voter's mark in {@code place}, 64 hex digits. */
    public static String tag(String voterKey, String place) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(voterKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(place.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
