package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.badge.RegistrationTally;
import fi.pyykkinaru.clothesline.SlipFilter;
import fi.pyykkinaru.clothesline.SlipTally;
import fi.pyykkinaru.harvest.FeedbackTable;
import fi.pyykkinaru.harvest.HarvestFigures;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * The harvest's figures an organiser may set beside a goal: slips, registrations, answers per session, the closing
 * questions, and whatever other features add to the harvest. Each has a key that stays when the language changes,
 * which is what a goal keeps.
 */
@Service
public class EvaluationFigures {

    /** One figure: its key, what is counted in the reader's words, and the count. */
    public record Figure(String key, String label, String value) {
    }

    private final SlipTally slips;
    private final RegistrationTally registrations;
    private final FeedbackTable feedback;
    private final ClosingQuestions closing;
    private final ObjectProvider<HarvestFigures> others;
    private final Translations translations;

    EvaluationFigures(SlipTally slips, RegistrationTally registrations, FeedbackTable feedback,
            ClosingQuestions closing, ObjectProvider<HarvestFigures> others, Translations translations) {
        this.slips = slips;
        this.registrations = registrations;
        this.feedback = feedback;
        this.closing = closing;
        this.others = others;
        this.translations = translations;
    }

    /** Every figure of the event, in {@code locale}, in a stable order. */
    @Transactional(readOnly = true)
    public List<Figure> all(long eventId, Locale locale) {
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("slips", "evaluation.figure.slips", locale, slips.count(SlipFilter.all(eventId))));
        figures.add(figure("registrations", "evaluation.figure.registrations", locale,
                registrations.perType(eventId).values().stream().mapToLong(Long::longValue).sum()));
        Map<Session, FeedbackResult> table = feedback.table(eventId);
        figures.add(figure("feedback-answers", "evaluation.figure.feedback-answers", locale,
                table.values().stream().mapToLong(FeedbackResult::count).sum()));
        table.forEach((session, result) -> figures.add(new Figure("session:" + session.token(),
                t("evaluation.figure.session", locale, session.title()),
                t("evaluation.figure.session.value", locale, result.count(), result.medianText(locale)))));
        figures.add(figure("closing-respondents", "evaluation.figure.closing-respondents", locale,
                closing.respondents(eventId)));
        for (ClosingResult result : closing.results(eventId)) {
            figures.add(new Figure("closing:" + result.question().requireId(), result.question().text().in(locale),
                    ClosingFigures.summary(result, locale, translations)));
        }
        others.orderedStream().filter(f -> !(f instanceof ClosingFigures)).forEach(other -> {
            List<HarvestFigures.Figure> theirs = other.figures(eventId, locale);
            String prefix = "figure:" + ClassUtils.getUserClass(other).getSimpleName() + ":";
            for (int i = 0; i < theirs.size(); i++) {
                figures.add(new Figure(prefix + i, theirs.get(i).label(), theirs.get(i).value()));
            }
        });
        return figures;
    }

    /** The figures a goal chose, in its order; a figure that is gone (a removed session) is left out. */
    public List<Figure> of(EventGoal goal, List<Figure> all) {
        Map<String, Figure> byKey = new LinkedHashMap<>();
        all.forEach(f -> byKey.put(f.key(), f));
        return goal.figureKeys().stream().filter(byKey::containsKey).map(byKey::get).toList();
    }

    private Figure figure(String key, String labelKey, Locale locale, long count) {
        return new Figure(key, t(labelKey, locale), String.valueOf(count));
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
