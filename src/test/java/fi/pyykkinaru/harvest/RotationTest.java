package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The production team's rules: even rotation skipping the absent, one publication a week in turns, overdue. */
class RotationTest {

    private static final TeamMember AINO = new TeamMember(1L, 1, "Aino", null, false, 1, 0);
    private static final TeamMember BERTIL = new TeamMember(2L, 1, "Bertil", null, true, 2, 0);
    private static final TeamMember CELIA = new TeamMember(3L, 1, "Celia", null, false, 3, 0);
    private static final TeamMember DAVID = new TeamMember(4L, 1, "David", null, false, 4, 0);

    @Test
    void reports_go_round_the_present_members_evenly_and_the_absent_one_is_skipped() {
        Map<Long, Long> assigned = Rotation.assign(List.of(10L, 11L, 12L, 13L, 14L, 15L, 16L),
                List.of(DAVID, BERTIL, CELIA, AINO), Map.of());

        assertThat(assigned.values()).doesNotContain(BERTIL.id());
        Map<Long, Long> perMember = assigned.values().stream().collect(Collectors.groupingBy(m -> m, Collectors.counting()));
        assertThat(perMember).containsOnlyKeys(1L, 3L, 4L);
        assertThat(perMember.values()).allSatisfy(n -> assertThat(n).isBetween(2L, 3L));
        assertThat(assigned).containsEntry(10L, 1L).containsEntry(11L, 3L).containsEntry(12L, 4L).containsEntry(13L, 1L);
    }

    @Test
    void a_member_who_already_has_more_gets_the_next_ones_last() {
        Map<Long, Long> assigned = Rotation.assign(List.of(20L, 21L), List.of(AINO, CELIA), Map.of(1L, 3));

        assertThat(assigned).containsEntry(20L, 3L).containsEntry(21L, 3L);
    }

    @Test
    void nobody_present_means_nothing_is_handed_out() {
        assertThat(Rotation.assign(List.of(1L), List.of(BERTIL), Map.of())).isEmpty();
    }

    @Test
    void one_report_a_week_on_mondays_skipping_weeks_already_taken() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);

        Map<Long, LocalDate> calendar = Rotation.proposeWeeks(List.of(1L, 2L, 3L), wednesday,
                Set.of(LocalDate.of(2026, 12, 9)));

        // The 9th is in the week of Monday the 7th, which is taken.
        assertThat(calendar).containsExactly(Map.entry(1L, LocalDate.of(2026, 11, 30)),
                Map.entry(2L, LocalDate.of(2026, 12, 14)), Map.entry(3L, LocalDate.of(2026, 12, 21)));
    }

    @Test
    void the_present_members_take_the_publishing_weeks_in_turns() {
        List<TeamMember> team = List.of(AINO, BERTIL, CELIA, DAVID);
        LocalDate monday = LocalDate.of(2026, 11, 30);

        List<String> publishers = List.of(0, 1, 2, 3, 4, 5).stream()
                .map(w -> Rotation.publisherOf(monday.plusWeeks(w), team).orElseThrow().name()).toList();

        assertThat(publishers.subList(0, 3)).doesNotHaveDuplicates().doesNotContain("Bertil");
        assertThat(publishers.subList(3, 6)).isEqualTo(publishers.subList(0, 3));
        assertThat(Rotation.publisherOf(monday.plusDays(4), team)).isEqualTo(Rotation.publisherOf(monday, team));
    }

    @Test
    void a_report_is_overdue_when_it_sits_too_long_in_its_step_or_misses_its_date() {
        Instant now = Instant.parse("2026-12-20T12:00:00Z");
        LocalDate today = LocalDate.of(2026, 12, 20);
        Report assigned = report(ReportStatus.ASSIGNED, Instant.parse("2026-12-10T12:00:00Z"), null);
        Report fresh = report(ReportStatus.ASSIGNED, Instant.parse("2026-12-18T12:00:00Z"), null);
        Report late = report(ReportStatus.SCHEDULED, now, LocalDate.of(2026, 12, 14));
        Report published = report(ReportStatus.PUBLISHED, Instant.parse("2026-01-01T00:00:00Z"), null);

        assertThat(assigned.overdue(now, today)).isTrue();
        assertThat(fresh.overdue(now, today)).isFalse();
        assertThat(late.overdue(now, today)).isTrue();
        assertThat(published.overdue(now, today)).isFalse();
    }

    private static Report report(ReportStatus status, Instant since, LocalDate scheduled) {
        return new Report(1L, 1, "Käytäntö", null, null, null, "fi", status, null, null, scheduled, null, null, null,
                false, since, Set.of(), 0);
    }
}
