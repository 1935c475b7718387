package fi.pyykkinaru.setup;

import fi.pyykkinaru.kiosk.Stand;
import java.net.URI;
import java.util.Set;

/**
 * What makes a stand's settings acceptable, shared by the stands page and the set-up file so that both refuse the
 * same things with the same words. Each check answers the message key of its problem, or null when all is well.
 */
final class StandRules {

    static final int MIN_TIMEOUT = 15;
    static final int MAX_TIMEOUT = 3600;
    static final int MAX_ATTRACT = 300;
    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    static final java.util.List<String> PURPOSES = java.util.List.of("badge", "receipt", "a4");

    private StandRules() {
    }

    static @org.jspecify.annotations.Nullable String name(String name) {
        String stripped = name.strip();
        return stripped.isEmpty() ? "stands.problem.name" : stripped.length() > Stand.MAX_NAME ? "stands.problem.name-long"
                : null;
    }

    static @org.jspecify.annotations.Nullable String timeout(long seconds) {
        return seconds < MIN_TIMEOUT || seconds > MAX_TIMEOUT ? "stands.problem.timeout" : null;
    }

    static @org.jspecify.annotations.Nullable String attract(String text) {
        return text.strip().length() > MAX_ATTRACT ? "stands.problem.attract-long" : null;
    }

    /** A printer is an IPP address of a CUPS queue (ipp://host:631/printers/NAME); blank is none. */
    static @org.jspecify.annotations.Nullable String printer(String address) {
        String stripped = address.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(stripped);
            boolean ipp = uri.getScheme() != null && Set.of("ipp", "ipps", "http", "https").contains(uri.getScheme())
                    && uri.getHost() != null && uri.getRawPath() != null && !uri.getRawPath().isBlank();
            return ipp && stripped.length() <= 300 ? null : "stands.problem.printer";
        } catch (java.net.URISyntaxException e) {
            return "stands.problem.printer";
        }
    }
}
