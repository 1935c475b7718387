package fi.pyykkinaru.clothesline;

import static fi.pyykkinaru.clothesline.LineField.*;

import fi.pyykkinaru.text.PlainText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a line must satisfy before it is saved, from the organisers' form and from a set-up file alike. Prompts
 * count characters as people do; their columns hold twice that, for emoji. The help texts' columns hold 500 UTF-16
 * units, so a help text is measured in those (an emoji counts two).
 */
public final class LineRules {

    public static final int CODE_MAX = 40;
    public static final int PROMPT_MAX = 100;
    public static final int HELP_MAX = 500;

    private LineRules() {
    }

    /** {@code takenCodes}: the event's other lines' codes; {@code newLine}: the code is checked only for a new line. */
    public static List<LineProblem> check(LineDraft draft, Collection<String> takenCodes, boolean newLine) {
        List<LineProblem> problems = new ArrayList<>();
        if (newLine) {
            String code = draft.code();
            if (code == null) {
                problems.add(LineProblem.of(CODE, "line.error.required"));
            } else if (!code.matches("[a-z0-9-]{1," + CODE_MAX + "}")) {
                problems.add(LineProblem.of(CODE, "line.error.code", CODE_MAX));
            } else if (takenCodes.contains(code)) {
                problems.add(LineProblem.of(CODE, "line.error.code-taken", code));
            }
        }
        if (draft.kind() == null) {
            problems.add(LineProblem.of(KIND, "line.error.required"));
        }
        if (draft.promptFi() == null) {
            problems.add(LineProblem.of(PROMPT_FI, "line.error.required"));
        }
        prompt(problems, PROMPT_FI, draft.promptFi());
        prompt(problems, PROMPT_SV, draft.promptSv());
        prompt(problems, PROMPT_EN, draft.promptEn());
        if (draft.helpFi() == null && (draft.helpSv() != null || draft.helpEn() != null)) {
            problems.add(LineProblem.of(HELP_FI, "line.error.help-fi"));
        }
        help(problems, HELP_FI, draft.helpFi());
        help(problems, HELP_SV, draft.helpSv());
        help(problems, HELP_EN, draft.helpEn());
        if (draft.themed() && draft.kind() != null && draft.kind() != LineKind.ANSWER) {
            problems.add(LineProblem.of(THEMED, "line.error.themed"));
        }
        return List.copyOf(problems);
    }

    /** A code made from the Finnish prompt ("Mikä on supervoimasi?" → "mika-on-supervoimasi"), free in the event. */
    public static String suggestCode(@Nullable String promptFi, Collection<String> takenCodes) {
        String base = Normalizer.normalize(promptFi == null ? "" : promptFi, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > CODE_MAX - 3) {
            base = base.substring(0, CODE_MAX - 3).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "naru";
        }
        String code = base;
        for (int n = 2; takenCodes.contains(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static void prompt(List<LineProblem> problems, LineField field, @Nullable String text) {
        if (text == null) {
            return;
        }
        int length = PlainText.length(text);
        if (length > PROMPT_MAX) {
            problems.add(LineProblem.of(field, "line.error.too-long", PROMPT_MAX, length));
        } else if (PlainText.hasControlCharacters(text, false)) {
            problems.add(LineProblem.of(field, "line.error.control"));
        }
    }

    private static void help(List<LineProblem> problems, LineField field, @Nullable String text) {
        if (text == null) {
            return;
        }
        if (text.length() > HELP_MAX) {
            problems.add(LineProblem.of(field, "line.error.too-long", HELP_MAX, text.length()));
        } else if (PlainText.hasControlCharacters(text, true)) {
            problems.add(LineProblem.of(field, "line.error.control"));
        }
    }
}
