package fi.pyykkinaru.call;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of an event's calls its public page shows. Of calls of one kind: the open one, else the next to open, else
 * the one that closed last (an organiser may have opened the same kind again).
 */
final class CallChoice {

    private CallChoice() {
    }

    /** The call of each kind that is open now, in the kinds' order. */
    static List<Call> open(List<Call> calls, Instant now) {
        return Arrays.stream(CallKind.values())
                .flatMap(kind -> relevant(ofKind(calls, kind), now).filter(c -> c.isOpenAt(now)).stream()).toList();
    }

    /** The call to show when none is open or only one kind was asked for. */
    static Optional<Call> relevant(List<Call> calls, Instant now) {
        Optional<Call> open = calls.stream().filter(c -> c.isOpenAt(now)).min(Comparator.comparing(Call::closesAt));
        if (open.isPresent()) {
            return open;
        }
        Optional<Call> next = calls.stream().filter(c -> c.opensAt().isAfter(now))
                .min(Comparator.comparing(Call::opensAt));
        return next.isPresent() ? next : calls.stream().max(Comparator.comparing(Call::closesAt));
    }

    static List<Call> ofKind(List<Call> calls, CallKind kind) {
        return calls.stream().filter(c -> c.kind() == kind).toList();
    }

    /** A kind as it stands in an address: {@code /call/{slug}/takeover}. */
    static String path(CallKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static Optional<CallKind> kind(String path) {
        return Arrays.stream(CallKind.values()).filter(k -> path(k).equals(path.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
