package fi.pyykkinaru.clothesline;

import java.util.List;

/** A slip that {@link SlipRules} refused; the problems say which fields and why. */
public class InvalidSlipException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidSlipException(List<FieldProblem> problems) {
        super("Slip refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
