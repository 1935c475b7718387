package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.staff.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event's sub-goals: written before the event, marked after it. */
@Service
public class Goals {

    private final EventGoalRepository goals;
    private final AuditLog audit;

    Goals(EventGoalRepository goals, AuditLog audit) {
        this.goals = goals;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<EventGoal> ofEvent(long eventId) {
        return goals.findByEventIdOrderByPositionAscIdAsc(eventId);
    }

    @Transactional
    public EventGoal add(long eventId, String text) {
        int last = ofEvent(eventId).stream().mapToInt(EventGoal::position).max().orElse(0);
        EventGoal added = goals.save(EventGoal.create(eventId, last + 1, text));
        audit.record("goal.add", "goal " + added.id() + " (event " + eventId + ")");
        return added;
    }

    @Transactional
    public EventGoal rewrite(long id, int seenVersion, String text) {
        audit.record("goal.edit", "goal " + id);
        return goals.save(get(id).rewritten(text, seenVersion));
    }

    /** The judgement after the event: status (none: not judged yet), comment and the figures that bear on it. */
    @Transactional
    public EventGoal mark(long id, int seenVersion, @Nullable GoalStatus status, @Nullable String comment,
            List<String> figureKeys) {
        audit.record("goal.mark", "goal " + id);
        return goals.save(get(id).marked(status, comment, figureKeys, seenVersion));
    }

    /** Moves a goal one place up ({@code -1}) or down ({@code +1}). */
    @Transactional
    public void move(long id, int step) {
        EventGoal goal = get(id);
        List<EventGoal> all = new ArrayList<>(ofEvent(goal.eventId()));
        int from = all.indexOf(all.stream().filter(g -> g.requireId() == id).findFirst().orElseThrow());
        int to = Math.clamp(from + (long) step, 0, all.size() - 1);
        all.add(to, all.remove(from));
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).position() != i + 1) {
                goals.save(all.get(i).at(i + 1));
            }
        }
    }

    @Transactional
    public void remove(long id) {
        goals.deleteById(id);
        audit.record("goal.remove", "goal " + id);
    }

    private EventGoal get(long id) {
        return goals.findById(id).orElseThrow(() -> new NoSuchElementException("No goal " + id));
    }
}
