package fi.pyykkinaru.setup;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.SetupProblems.Problem;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What importing a set-up file came to: the event it created, or every problem found and nothing changed. */
public record SetupImport(@Nullable Event event, List<Problem> problems) {

    public SetupImport {
        problems = List.copyOf(problems);
    }

    static SetupImport created(Event event) {
        return new SetupImport(event, List.of());
    }

    static SetupImport refused(List<Problem> problems) {
        return new SetupImport(null, problems);
    }

    public Optional<Event> created() {
        return Optional.ofNullable(event);
    }

    public boolean succeeded() {
        return event != null;
    }
}
