package fi.pyykkinaru.badge;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What one badge shows; without a voting secret its QR carries the code alone (the copy the print queue keeps). */
public record BadgeFace(String name, @Nullable String organisation, String eventName, List<String> languages,
        String badgeCode, @Nullable String votingSecret) {

    public BadgeFace(String name, @Nullable String organisation, String eventName, List<String> languages,
            String badgeCode) {
        this(name, organisation, eventName, languages, badgeCode, null);
    }

    static BadgeFace of(Registration registration, String eventName, @Nullable String votingSecret) {
        return new BadgeFace(registration.name(), registration.organisation(), eventName,
                registration.languageCodes(), registration.badgeCode(), votingSecret);
    }

    String qrPayload() {
        return votingSecret == null ? BadgeCodes.payload(badgeCode) : BadgeCodes.payload(badgeCode, votingSecret);
    }

    String languageLine() {
        return String.join(" · ", languages.stream().map(l -> l.toUpperCase(Locale.ROOT)).toList());
    }
}
