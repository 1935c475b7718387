package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of an event's calls its page shows: the open one of each kind, else the next to open, else the last. */
class CallChoiceTest {

    private static final Instant NOW = Instant.parse("2026-10-15T12:00:00Z");

    private static Call call(long id, CallKind kind, int opensInDays, int closesInDays) {
        return new Call(id, 1L, kind, NOW.plus(Duration.ofDays(opensInDays)), NOW.plus(Duration.ofDays(closesInDays)),
                null, null, null, null, List.of(), List.of(), 0);
    }

    @Test
    void each_kind_counts_once_with_its_open_call_in_the_kinds_order() {
        Call oldSessions = call(1, CallKind.SESSIONS, -400, -370);
        Call sessions = call(2, CallKind.SESSIONS, -5, 10);
        Call takeover = call(3, CallKind.TAKEOVER, -1, 20);
        Call pitchLater = call(4, CallKind.PITCH, 3, 30);

        assertThat(CallChoice.open(List.of(takeover, pitchLater, sessions, oldSessions), NOW))
                .containsExactly(sessions, takeover);
    }

    @Test
    void with_none_open_the_next_to_open_is_shown_else_the_one_that_closed_last() {
        Call closedLongAgo = call(1, CallKind.SESSIONS, -400, -370);
        Call closedLately = call(2, CallKind.SESSIONS, -40, -10);
        Call opensSoon = call(3, CallKind.SESSIONS, 5, 30);

        assertThat(CallChoice.relevant(List.of(closedLongAgo, closedLately), NOW)).contains(closedLately);
        assertThat(CallChoice.relevant(List.of(closedLately, opensSoon), NOW)).contains(opensSoon);
        assertThat(CallChoice.relevant(List.of(), NOW)).isEmpty();
    }

    @Test
    void a_kind_is_written_in_lower_case_in_an_address_and_read_in_any_case() {
        assertThat(CallChoice.path(CallKind.TAKEOVER)).isEqualTo("takeover");
        assertThat(CallChoice.kind("Pitch")).contains(CallKind.PITCH);
        assertThat(CallChoice.kind("p")).isEmpty();
    }
}
