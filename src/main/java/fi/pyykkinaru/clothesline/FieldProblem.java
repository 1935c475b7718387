package fi.pyykkinaru.clothesline;

import java.util.List;

/** What is wrong with one field, as a translation key and its arguments. */
public record FieldProblem(SlipField field, String messageKey, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    static FieldProblem of(SlipField field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
