package fi.pyykkinaru.text;

import java.util.regex.Pattern;

/** Checks every form shares on what people type: lengths as people count them, control characters, e-mail. */
public final class PlainText {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    private PlainText() {
    }

    /** Characters as a person counts them: an emoji is one. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether the text holds control characters; line breaks and tabs count only when not multiline. */
    public static boolean hasControlCharacters(String text, boolean multiline) {
        return text.codePoints().anyMatch(c -> isRefusedControl(c, multiline));
    }

    public static String withoutControlCharacters(String text, boolean multiline) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isRefusedControl(c, multiline)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Looks like an address someone could write to; whether it exists is for the mail to find out. */
    public static boolean isPlausibleEmail(String text) {
        return EMAIL.matcher(text.strip()).matches();
    }

    private static boolean isRefusedControl(int c, boolean multiline) {
        if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL;
    }
}
