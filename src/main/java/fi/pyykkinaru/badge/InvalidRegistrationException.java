package fi.pyykkinaru.badge;

import java.util.List;

/** The form or import did not pass its checks; nothing was stored. */
public class InvalidRegistrationException extends IllegalArgumentException {

    private final transient List<RegistrationProblem> problems;

    InvalidRegistrationException(List<RegistrationProblem> problems) {
        super(problems.size() + " problems: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<RegistrationProblem> problems() {
        return problems;
    }
}
