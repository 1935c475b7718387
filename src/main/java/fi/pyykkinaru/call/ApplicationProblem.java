package fi.pyykkinaru.call;

import java.util.List;

/**
 * What is wrong with one field of an application: the field's id on the call's page ({@code call-q-3},
 * {@code call-responsible-email}), the message's translation key and its arguments.
 */
public record ApplicationProblem(String field, String key, List<Object> args) {

    public static final String TITLE = "call-title";
    public static final String NAME = "call-responsible-name";
    public static final String ORGANISATION = "call-responsible-organisation";
    public static final String EMAIL = "call-responsible-email";
    public static final String PHONE = "call-responsible-phone";

    public ApplicationProblem {
        args = List.copyOf(args);
    }

    static ApplicationProblem of(String field, String key, Object... args) {
        return new ApplicationProblem(field, key, List.of(args));
    }

    /** The field of a call's question by its place in the call, counted from 1 over all questions. */
    public static String questionField(int number) {
        return "call-q-" + number;
    }
}
