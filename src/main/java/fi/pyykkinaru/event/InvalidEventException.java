package fi.pyykkinaru.event;

import java.util.List;

/** The event's set-up was refused; each problem names its field and a message key. Nothing was saved. */
public class InvalidEventException extends RuntimeException {

    private final transient List<EventDraft.Problem> problems;

    InvalidEventException(List<EventDraft.Problem> problems) {
        super("Invalid event: " + problems.stream().map(p -> p.field() + " " + p.key()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<EventDraft.Problem> problems() {
        return problems;
    }
}
