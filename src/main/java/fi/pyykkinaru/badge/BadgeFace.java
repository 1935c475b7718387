package fi.pyykkinaru.badge;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What one badge shows. */
public record BadgeFace(String name, @Nullable String organisation, String eventName, List<String> languages,
        String badgeCode) {

    static BadgeFace of(Registration registration, String eventName) {
        return new BadgeFace(registration.name(), registration.organisation(), eventName,
                registration.languageCodes(), registration.badgeCode());
    }

    String languageLine() {
        return String.join(" · ", languages.stream().map(l -> l.toUpperCase(Locale.ROOT)).toList());
    }
}
