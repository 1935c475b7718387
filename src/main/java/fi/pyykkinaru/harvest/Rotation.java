package fi.pyykkinaru.harvest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The production team's rules, as the paper process had them: follow-ups go round the team evenly, absent
 * members skipped; one report is published a week, and the members take the weeks in turns.
 */
public final class Rotation {

    private Rotation() {
    }

    /**
     * Who gets each of {@code reports}, in order: always a present member with the fewest reports so far
     * ({@code load}), the earlier in the rotation on a tie.
     */
    public static Map<Long, Long> assign(List<Long> reports, List<TeamMember> team, Map<Long, Integer> load) {
        List<TeamMember> present = team.stream().filter(m -> !m.absent())
                .sorted(Comparator.comparingInt(TeamMember::position)).toList();
        if (present.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        present.forEach(m -> counts.put(m.requireId(), load.getOrDefault(m.requireId(), 0)));
        Map<Long, Long> assignment = new LinkedHashMap<>();
        for (long report : reports) {
            TeamMember next = present.stream().min(Comparator.comparingInt((TeamMember m) -> counts.get(m.requireId()))
                    .thenComparingInt(TeamMember::position)).orElseThrow();
            assignment.put(report, next.requireId());
            counts.merge(next.requireId(), 1, Integer::sum);
        }
        return assignment;
    }

    /** The member whose turn it is to publish in the week of {@code day}: the weeks go round the present team. */
    public static Optional<TeamMember> publisherOf(LocalDate day, List<TeamMember> team) {
        List<TeamMember> present = team.stream().filter(m -> !m.absent())
                .sorted(Comparator.comparingInt(TeamMember::position)).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        long week = day.with(DayOfWeek.MONDAY).toEpochDay() / 7;
        return Optional.of(present.get((int) Math.floorMod(week, present.size())));
    }

    /**
     * A publishing calendar: each report ready to publish gets the Monday of the next free week from
     * {@code from} on, one report a week; weeks already taken are skipped.
     */
    public static Map<Long, LocalDate> proposeWeeks(List<Long> ready, LocalDate from, Set<LocalDate> taken) {
        Map<Long, LocalDate> calendar = new LinkedHashMap<>();
        List<LocalDate> busy = new ArrayList<>(taken.stream().map(d -> d.with(DayOfWeek.MONDAY)).toList());
        LocalDate week = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (long report : ready) {
            while (busy.contains(week)) {
                week = week.plusWeeks(1);
            }
            calendar.put(report, week);
            busy.add(week);
        }
        return calendar;
    }

    /** ISO week number, for people: "viikko 48". */
    public static int weekNumber(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
