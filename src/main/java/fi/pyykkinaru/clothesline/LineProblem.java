package fi.pyykkinaru.clothesline;

import java.util.List;

/** What is wrong with one field of a line, as a translation key and its arguments. */
public record LineProblem(LineField field, String messageKey, List<Object> args) {

    public LineProblem {
        args = List.copyOf(args);
    }

    static LineProblem of(LineField field, String messageKey, Object... args) {
        return new LineProblem(field, messageKey, List.of(args));
    }
}
