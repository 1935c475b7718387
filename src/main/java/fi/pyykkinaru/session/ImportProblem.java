package fi.pyykkinaru.session;

import java.util.List;

/** What is wrong on one line (CSV) or in one event (iCalendar) of an imported programme. */
public record ImportProblem(int line, String messageKey, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(int line, String messageKey, Object... args) {
        return new ImportProblem(line, messageKey, List.of(args));
    }
}
