package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.harvest.HarvestFigures;
import fi.pyykkinaru.i18n.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The closing questions' results and the goals' marks for the harvest's overview. */
@Component
class ClosingFigures implements HarvestFigures {

    private final ClosingQuestions closing;
    private final Goals goals;
    private final Translations translations;

    ClosingFigures(ClosingQuestions closing, Goals goals, Translations translations) {
        this.closing = closing;
        this.goals = goals;
        this.translations = translations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(long eventId, Locale locale) {
        List<ClosingResult> results = closing.results(eventId);
        List<Figure> figures = new ArrayList<>();
        if (!results.isEmpty()) {
            figures.add(new Figure(translations.getTranslation("evaluation.figure.closing-respondents", locale),
                    String.valueOf(closing.respondents(eventId))));
            results.forEach(r -> figures.add(new Figure(r.question().text().in(locale), summary(r, locale, translations))));
        }
        List<EventGoal> all = goals.ofEvent(eventId);
        if (!all.isEmpty()) {
            figures.add(new Figure(translations.getTranslation("evaluation.figure.goals", locale),
                    translations.getTranslation("evaluation.figure.goals.value", locale, all.size(),
                            all.stream().filter(g -> g.status() == GoalStatus.MET).count(),
                            all.stream().filter(g -> g.status() == GoalStatus.PARTLY).count(),
                            all.stream().filter(g -> g.status() == GoalStatus.NOT_MET).count())));
        }
        return figures;
    }

    /** A question's result in a line: the answers and the scale's mean, or the most chosen option. */
    static String summary(ClosingResult result, Locale locale, Translations translations) {
        return switch (result.question().kind()) {
            case SCALE -> translations.getTranslation("evaluation.figure.scale", locale, result.count(),
                    result.meanText(locale));
            case CHOICE -> result.labelled(locale).entrySet().stream().filter(e -> e.getValue() > 0)
                    .max(Map.Entry.comparingByValue())
                    .map(top -> translations.getTranslation("evaluation.figure.choice", locale, result.count(),
                            top.getKey(), top.getValue()))
                    .orElseGet(() -> translations.getTranslation("evaluation.figure.answers", locale, 0));
            case TEXT -> translations.getTranslation("evaluation.figure.answers", locale, result.count());
        };
    }
}
