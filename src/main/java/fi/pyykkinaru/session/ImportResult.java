package fi.pyykkinaru.session;

import java.util.List;

/** An import: the sessions it added, or, when any row was bad, none and every problem by line. */
public record ImportResult(List<Session> imported, List<ImportProblem> problems) {

    public ImportResult {
        imported = List.copyOf(imported);
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
