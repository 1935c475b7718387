package fi.pyykkinaru.harvest;

import fi.pyykkinaru.privacy.SmallGroups;
import fi.pyykkinaru.session.Attendances;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.FeedbackBreakdown;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionFeedback;
import fi.pyykkinaru.session.Sessions;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event's table of programme items with their feedback results, for the harvest's chart, page and summary. */
@Service
public class FeedbackTable {

    private final Sessions sessions;
    private final Feedback feedback;
    private final FeedbackBreakdown breakdown;
    private final Attendances attendances;
    private final SmallGroups smallGroups;

    FeedbackTable(Sessions sessions, Feedback feedback, FeedbackBreakdown breakdown, Attendances attendances,
            SmallGroups smallGroups) {
        this.smallGroups = smallGroups;
        this.sessions = sessions;
        this.feedback = feedback;
        this.breakdown = breakdown;
        this.attendances = attendances;
    }

    /** Every programme item with its result, in programme order. */
    @Transactional(readOnly = true)
    public Map<Session, FeedbackResult> table(long eventId) {
        Map<Session, FeedbackResult> table = new LinkedHashMap<>();
        sessions.programme(eventId).forEach(s -> table.put(s, feedback.result(s)));
        return table;
    }

    /** Every programme item's feedback in full (on site and remote, attendance, regions), in programme order. */
    @Transactional(readOnly = true)
    public List<SessionFeedback> breakdowns(long eventId) {
        return sessions.programme(eventId).stream().map(breakdown::of).toList();
    }

    /** The organisers' estimate of the event's visitors, if they gave one. */
    @Transactional(readOnly = true)
    public Optional<Integer> visitors(long eventId) {
        return attendances.visitors(eventId);
    }

    /** Whether a part of a session's answers (a region, a side) is too small to show but as "fewer than" {@link #minGroup()}. */
    public boolean small(FeedbackResult part) {
        return smallGroups.small(part.count());
    }

    public int minGroup() {
        return smallGroups.min();
    }

    /** The rate of one session's answers to its attendance. */
    public static ResponseRate rate(SessionFeedback session) {
        return new ResponseRate(session.result().count(), session.attendance());
    }

    /** The remote respondents' regions over the whole programme, most answers first, "not given" ("") last. */
    public static Map<String, FeedbackResult> remoteRegions(List<SessionFeedback> sessions) {
        Map<String, Map<Score, Long>> merged = new LinkedHashMap<>();
        for (SessionFeedback session : sessions) {
            session.remoteRegions().forEach((region, result) -> result.distribution().forEach((score, n) ->
                    merged.computeIfAbsent(region, r -> new EnumMap<>(Score.class)).merge(score, n, Long::sum)));
        }
        Map<String, FeedbackResult> sorted = new LinkedHashMap<>();
        merged.entrySet().stream().map(e -> Map.entry(e.getKey(), new FeedbackResult(e.getValue(), 0)))
                .sorted(java.util.Comparator.<Map.Entry<String, FeedbackResult>>comparingInt(e -> e.getKey().isEmpty() ? 1 : 0)
                        .thenComparing(e -> -e.getValue().count()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
