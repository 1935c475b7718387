package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.i18n.LocalizedText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser has entered for a line, tidied (trimmed, blanks as null). Swedish and English prompts and help
 * texts are optional: a visitor reading in a language left empty sees the Finnish one.
 */
public record LineDraft(
        @Nullable String code,
        @Nullable LineKind kind,
        @Nullable String promptFi,
        @Nullable String promptSv,
        @Nullable String promptEn,
        @Nullable String helpFi,
        @Nullable String helpSv,
        @Nullable String helpEn,
        boolean themed) {

    public LineDraft {
        code = tidy(code);
        promptFi = tidy(promptFi);
        promptSv = tidy(promptSv);
        promptEn = tidy(promptEn);
        helpFi = tidy(helpFi);
        helpSv = tidy(helpSv);
        helpEn = tidy(helpEn);
    }

    /** The draft of a saved line, for its form. */
    public static LineDraft of(Line line) {
        LocalizedText help = line.help();
        return new LineDraft(line.code(), line.kind(), line.prompt().fi(), same(line.prompt().sv(), line.prompt().fi()),
                same(line.prompt().en(), line.prompt().fi()), help == null ? null : help.fi(),
                help == null ? null : same(help.sv(), help.fi()), help == null ? null : same(help.en(), help.fi()),
                line.themed());
    }

    /** A language that repeats the Finnish text was left empty: its form field stays empty too. */
    private static @Nullable String same(String text, String finnish) {
        return text.equals(finnish) ? null : text;
    }

    /** Only for a draft that {@link LineRules} accepted. */
    LocalizedText prompt() {
        if (promptFi == null) {
            throw new IllegalStateException("A line's Finnish prompt is checked before it is saved");
        }
        // An empty language reads as the Finnish text.
        return new LocalizedText(promptFi, Objects.requireNonNullElse(promptSv, ""), Objects.requireNonNullElse(promptEn, ""));
    }

    @Nullable LocalizedText help() {
        if (helpFi == null) {
            return null;
        }
        return new LocalizedText(helpFi, Objects.requireNonNullElse(helpSv, ""), Objects.requireNonNullElse(helpEn, ""));
    }

    LineKind requireKind() {
        if (kind == null) {
            throw new IllegalStateException("A line's kind is checked before it is saved");
        }
        return kind;
    }

    private static @Nullable String tidy(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String tidied = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return tidied.isEmpty() ? null : tidied;
    }
}
