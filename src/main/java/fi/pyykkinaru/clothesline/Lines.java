package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.staff.AuditLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clotheslines of events, and the organisers' changes to them: each is audited and announced as
 * {@link LinesChanged}, so that open walls redraw their lines. Two organisers editing one line do not overwrite each
 * other: a save based on an older version fails with Spring's {@code OptimisticLockingFailureException}.
 */
@Service
public class Lines {

    private final LineRepository repository;
    private final SlipRepository slips;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;

    Lines(LineRepository repository, SlipRepository slips, ApplicationEventPublisher publisher, AuditLog audit) {
        this.repository = repository;
        this.slips = slips;
        this.publisher = publisher;
        this.audit = audit;
    }

    /** A line made by code (the sample event, tests); organisers' lines go through {@link #add}. */
    @Transactional
    public Line create(Line line) {
        Line saved = repository.save(line);
        publisher.publishEvent(new LinesChanged(saved.eventId()));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Line> active(long eventId) {
        return repository.findByEventIdAndActiveTrueOrderBySortOrder(eventId);
    }

    /** The event's active lines that the stand shows: those named, in the event's order, or all when none are named. */
    @Transactional(readOnly = true)
    public List<Line> shown(long eventId, Collection<String> codes) {
        List<Line> all = active(eventId);
        List<Line> chosen = all.stream().filter(l -> codes.contains(l.code())).toList();
        return codes.isEmpty() || chosen.isEmpty() ? all : chosen;
    }

    @Transactional(readOnly = true)
    public Optional<Line> find(long id) {
        return repository.findById(id);
    }

    /** What is wrong with the draft as a new line of the event ({@code lineId} null) or as an edit of a line. */
    @Transactional(readOnly = true)
    public List<LineProblem> check(long eventId, LineDraft draft, boolean newLine) {
        return LineRules.check(draft, codes(eventId), newLine);
    }

    /** A free code for a new line of the event, made from its Finnish prompt. */
    @Transactional(readOnly = true)
    public String suggestCode(long eventId, String promptFi) {
        return LineRules.suggestCode(promptFi, codes(eventId));
    }

    /** An organiser adds a line at the end of the event's lines, open for slips. */
    @Transactional
    public Line add(long eventId, LineDraft draft) {
        Line saved = insert(eventId, draft, true);
        audit.record("line.add", "line " + saved.code() + " (event " + eventId + ")");
        publisher.publishEvent(new LinesChanged(eventId));
        return saved;
    }

    /**
     * An organiser's edit of the line as they saw it ({@code seen}, with its version): if someone saved the line
     * since, nothing is saved and {@code OptimisticLockingFailureException} says so.
     */
    @Transactional
    public Line update(Line seen, LineDraft draft) {
        List<LineProblem> problems = LineRules.check(draft, Set.of(), false);
        if (!problems.isEmpty()) {
            throw new InvalidLineException(problems);
        }
        // Slips are written on their line's form: a line with slips keeps its kind.
        if (draft.kind() != seen.kind() && slips.countByLineId(seen.requireId()) > 0) {
            throw new InvalidLineException(List.of(LineProblem.of(LineField.KIND, "line.error.kind-fixed")));
        }
        Line saved = repository.save(seen.edited(draft, seen.version()));
        audit.record("line.edit", "line " + saved.code() + " (event " + saved.eventId() + ")");
        publisher.publishEvent(new LinesChanged(saved.eventId()));
        return saved;
    }

    /** Moves the line one place earlier ({@code -1}) or later ({@code +1}) among its event's lines. */
    @Transactional
    public void move(long lineId, int step) {
        Line line = get(lineId);
        List<Line> all = new ArrayList<>(active(line.eventId()));
        int at = indexOf(all, lineId);
        int to = at + Integer.signum(step);
        if (to < 0 || to >= all.size()) {
            return;
        }
        all.add(to, all.remove(at));
        // Renumbered from 1: orders typed by hand or left by removed lines close up as well.
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).sortOrder() != i + 1) {
                repository.save(all.get(i).withSortOrder(i + 1));
            }
        }
        audit.record(step < 0 ? "line.up" : "line.down", "line " + line.code() + " (event " + line.eventId() + ")");
        publisher.publishEvent(new LinesChanged(line.eventId()));
    }

    /** Opens a line for slips, or closes it: a closed line stays on the wall but takes no new slips. */
    @Transactional
    public Line setAccepting(long lineId, boolean open) {
        Line line = get(lineId);
        if (line.accepting() == open) {
            return line;
        }
        Line saved = repository.save(line.withAccepting(open));
        audit.record(open ? "line.open" : "line.close", "line " + line.code() + " (event " + line.eventId() + ")");
        publisher.publishEvent(new LinesChanged(line.eventId()));
        return saved;
    }

    /** How many slips hang on the line, in any state: a line with slips is closed, never removed. */
    @Transactional(readOnly = true)
    public long slipCount(long lineId) {
        return slips.countByLineId(lineId);
    }

    /** Removes a line that has no slips; one with slips throws {@link LineInUseException} (close it instead). */
    @Transactional
    public void remove(long lineId) {
        Line line = get(lineId);
        long count = slips.countByLineId(lineId);
        if (count > 0) {
            throw new LineInUseException(line.code(), count);
        }
        repository.delete(line);
        audit.record("line.remove", "line " + line.code() + " (event " + line.eventId() + ")");
        publisher.publishEvent(new LinesChanged(line.eventId()));
    }

    /** Lines of a set-up file, already checked: added after the event's lines, in the file's order, unaudited. */
    @Transactional
    void addAll(long eventId, List<LineDraft> drafts, List<Boolean> open) {
        for (int i = 0; i < drafts.size(); i++) {
            Line saved = insert(eventId, drafts.get(i), false);
            if (!open.get(i)) {
                repository.save(saved.withAccepting(false));
            }
        }
        publisher.publishEvent(new LinesChanged(eventId));
    }

    private Line insert(long eventId, LineDraft draft, boolean check) {
        List<Line> existing = active(eventId);
        if (check) {
            List<LineProblem> problems = LineRules.check(draft, codes(eventId), true);
            if (!problems.isEmpty()) {
                throw new InvalidLineException(problems);
            }
        }
        int order = existing.stream().mapToInt(Line::sortOrder).max().orElse(0) + 1;
        LineKind kind = draft.requireKind();
        String code = Objects.requireNonNull(draft.code(), "a checked draft has its code");
        return repository.save(new Line(null, eventId, code, kind, draft.prompt(), draft.help(), order, true, true,
                kind == LineKind.ANSWER && draft.themed(), 0));
    }

    private Set<String> codes(long eventId) {
        return repository.findByEventId(eventId).stream().map(Line::code).collect(Collectors.toSet());
    }

    private Line get(long lineId) {
        return repository.findById(lineId).orElseThrow(() -> new NoSuchElementException("No line " + lineId));
    }

    private static int indexOf(List<Line> lines, long lineId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).requireId() == lineId) {
                return i;
            }
        }
        throw new NoSuchElementException("Line " + lineId + " is not among its event's lines");
    }
}
