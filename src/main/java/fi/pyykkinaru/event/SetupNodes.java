package fi.pyykkinaru.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reading a set-up file's members leniently: a member of the wrong type or shape is a problem at its place, not
 * an exception, so that one reading lists everything wrong with the file.
 */
public final class SetupNodes {

    private SetupNodes() {
    }

    /** The member's text; null when it is missing or null (a problem if required) or not text (always a problem). */
    public static @Nullable String text(JsonNode parent, String name, String pointer, SetupProblems problems,
            boolean required) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                problems.add(pointer, "event.setup.error.missing");
            }
            return null;
        }
        if (!node.isString()) {
            problems.add(pointer, "event.setup.error.text");
            return null;
        }
        if (required && node.stringValue().isBlank()) {
            problems.add(pointer, "event.setup.error.missing");
            return null;
        }
        return node.stringValue();
    }

    public static @Nullable LocalDate date(JsonNode parent, String name, String pointer, SetupProblems problems) {
        String text = text(parent, name, pointer, problems, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(pointer, "event.setup.error.date", text);
            return null;
        }
    }

    /** A whole number; null when missing or null; a problem when not a whole number. */
    public static @Nullable Integer number(JsonNode parent, String name, String pointer, SetupProblems problems) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isInt()) {
            problems.add(pointer, "event.setup.error.number");
            return null;
        }
        return node.intValue();
    }

    public static boolean flag(JsonNode parent, String name, String pointer, SetupProblems problems) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            problems.add(pointer, "event.setup.error.flag");
            return false;
        }
        return node.booleanValue();
    }

    /** The member's items; empty (and a problem) when it is not a list. */
    public static List<JsonNode> list(JsonNode parent, String name, String pointer, SetupProblems problems) {
        JsonNode node = parent.path(name);
        if (!node.isArray()) {
            problems.add(pointer, node.isMissingNode() ? "event.setup.error.missing" : "event.setup.error.list");
            return List.of();
        }
        return node.valueStream().toList();
    }

    /** The enum constant the text names; null and a problem listing the allowed values when it names none. */
    public static <E extends Enum<E>> @Nullable E choice(@Nullable String text, Class<E> type, String pointer,
            SetupProblems problems) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problems.add(pointer, "event.setup.error.choice", text,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    /** The member's name as a JSON Pointer token: "~" and "/" escaped. */
    public static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
