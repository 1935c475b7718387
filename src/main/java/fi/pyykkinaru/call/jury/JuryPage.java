package fi.pyykkinaru.call.jury;

import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.Criterion;
import fi.pyykkinaru.call.JuryMember;
import fi.pyykkinaru.event.Event;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * A jury member's page (templates in {@code src/main/jte/call/jury}): the call's pitches, each with the member's own
 * scores, in one form that posts back to {@link #action()}, so that switching the language keeps what was typed.
 */
record JuryPage(JuryText text, Event event, Call call, JuryMember member, String secret, List<PitchSheet> sheets,
        @Nullable CsrfToken csrf, boolean unsavedKept) {

    JuryPage {
        sheets = List.copyOf(sheets);
    }

    String action() {
        return "/jury/" + secret;
    }

    String eventName() {
        return event.name(text.locale());
    }

    List<Criterion> criteria() {
        return call.criteria();
    }

    String label(Criterion criterion) {
        return criterion.label().in(text.locale());
    }

    static List<Integer> scale() {
        return IntStream.rangeClosed(Criterion.LOWEST, Criterion.HIGHEST).boxed().toList();
    }

    boolean anyProblem() {
        return sheets.stream().anyMatch(s -> !s.problems().isEmpty());
    }
}
