package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.Score;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The general feedback page as its templates ({@code src/main/jte/evaluation}) show it: the event's closing
 * questions in the page's language, what was typed so far, and what is wrong with it.
 */
record ClosingPage(Locale locale, Translations translations, @Nullable Event event, List<ClosingQuestion> questions,
        Map<Long, ClosingReply> replies, Map<Long, String> problems, @Nullable CsrfToken csrf) {

    String lang() {
        return locale.getLanguage();
    }

    String t(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    String question(ClosingQuestion question) {
        return question.text().in(locale);
    }

    List<String> options(ClosingQuestion question) {
        return question.options(locale);
    }

    boolean chosen(ClosingQuestion question, int value) {
        Integer choice = reply(question).choice();
        return choice != null && choice == value;
    }

    String typed(ClosingQuestion question) {
        String text = reply(question).text();
        return text == null ? "" : text;
    }

    @Nullable String problem(ClosingQuestion question) {
        String key = problems.get(question.requireId());
        return key == null ? null : t(key);
    }

    /** The scale's five steps from −2 to +2. */
    List<Score> scale() {
        return List.of(Score.values());
    }

    /** A step of the scale in words that fit a closing question ("not at all" … "fully"), not a session's usefulness. */
    String scaleLabel(Score score) {
        return score.signed() + " " + t(scaleKey(score));
    }

    static String scaleKey(Score score) {
        return "evaluation.scale." + score.testId().substring("vote-".length());
    }

    /** Why the page has no form: the data folder cannot take answers now, no event, or no questions. */
    String emptyMessage() {
        String stored = problems.get(0L);
        if (stored != null) {
            return t(stored);
        }
        return t(event == null ? "evaluation.page.no-event" : "evaluation.page.no-questions");
    }

    String action() {
        return "/feedback";
    }

    String slug() {
        return event == null ? "" : event.slug();
    }

    List<Locale> languages() {
        return Translations.LOCALES;
    }

    static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private ClosingReply reply(ClosingQuestion question) {
        return replies.getOrDefault(question.requireId(), ClosingReply.none());
    }
}
