package fi.pyykkinaru.clothesline;

import java.util.List;

/** A line that {@link LineRules} refused; the problems say which fields and why. */
public class InvalidLineException extends RuntimeException {

    private final transient List<LineProblem> problems;

    InvalidLineException(List<LineProblem> problems) {
        super("Line refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }
}
