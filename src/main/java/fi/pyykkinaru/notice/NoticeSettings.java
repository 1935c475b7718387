package fi.pyykkinaru.notice;

import fi.pyykkinaru.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What organisers have worded of an event's privacy notice: the controller (who is responsible), the contact for
 * questions and requests, and the purposes in each language. Blank means the translated default. {@code version}
 * is 0 before the first save.
 */
public record NoticeSettings(long eventId, @Nullable String controller, @Nullable String contact,
        @Nullable String purposesFi, @Nullable String purposesSv, @Nullable String purposesEn, int version) {

    public static final int MAX_LINE = 200;
    public static final int MAX_PURPOSES = 2000;

    /** A problem with one field ({@code controller}, {@code contact}, {@code purposes/fi}, …). */
    public record Problem(String field, String key, List<Object> args) {
    }

    public NoticeSettings {
        controller = blankToNull(controller);
        contact = blankToNull(contact);
        purposesFi = blankToNull(purposesFi);
        purposesSv = blankToNull(purposesSv);
        purposesEn = blankToNull(purposesEn);
    }

    /** An event whose organisers have worded nothing: every part of its notice is the default. */
    public static NoticeSettings none(long eventId) {
        return new NoticeSettings(eventId, null, null, null, null, null, 0);
    }

    public boolean isDefault() {
        return controller == null && contact == null && purposesFi == null && purposesSv == null && purposesEn == null;
    }

    /** The purposes in this language; else those written in another (the organisers' words beat the default). */
    public @Nullable String purposes(Locale locale) {
        String wanted = switch (locale.getLanguage()) {
            case "sv" -> purposesSv;
            case "en" -> purposesEn;
            default -> purposesFi;
        };
        if (wanted != null) {
            return wanted;
        }
        return purposesFi != null ? purposesFi : purposesSv != null ? purposesSv : purposesEn;
    }

    /** Everything wrong with what was typed, field by field. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        check(problems, "controller", controller, MAX_LINE, false);
        check(problems, "contact", contact, MAX_LINE, false);
        check(problems, "purposes/fi", purposesFi, MAX_PURPOSES, true);
        check(problems, "purposes/sv", purposesSv, MAX_PURPOSES, true);
        check(problems, "purposes/en", purposesEn, MAX_PURPOSES, true);
        return problems;
    }

    NoticeSettings withVersion(int next) {
        return new NoticeSettings(eventId, controller, contact, purposesFi, purposesSv, purposesEn, next);
    }

    private static void check(List<Problem> problems, String field, @Nullable String text, int max, boolean multiline) {
        if (text == null) {
            return;
        }
        if (PlainText.length(text) > max) {
            problems.add(new Problem(field, "notice.error.too-long", List.of(max, PlainText.length(text))));
        } else if (PlainText.hasControlCharacters(text, multiline)) {
            problems.add(new Problem(field, "notice.error.control", List.of()));
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
