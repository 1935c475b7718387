package fi.pyykkinaru.event;

import java.util.ArrayList;
import java.util.List;

/** What is wrong in a set-up file, each problem at its place (a JSON Pointer such as {@code /lines/2/code}). */
public final class SetupProblems {

    /** One problem: where it is, and a message key with its arguments for the reader's language. */
    public record Problem(String pointer, String key, List<Object> args) {
    }

    private final List<Problem> problems = new ArrayList<>();

    public void add(String pointer, String key, Object... args) {
        problems.add(new Problem(pointer, key, List.of(args)));
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    public boolean none() {
        return problems.isEmpty();
    }
}
