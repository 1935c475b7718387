package fi.pyykkinaru.badge;

import java.util.List;

/** What is wrong with one field (or, in an import, one line), as a translation key and its arguments. */
public record RegistrationProblem(RegistrationField field, int line, String messageKey, List<Object> args) {

    public RegistrationProblem {
        args = List.copyOf(args);
    }

    static RegistrationProblem of(RegistrationField field, String messageKey, Object... args) {
        return new RegistrationProblem(field, 0, messageKey, List.of(args));
    }

    RegistrationProblem onLine(int number) {
        return new RegistrationProblem(field, number, messageKey, args);
    }
}
