package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.PdfFlowDocument;
import fi.pyykkinaru.session.Score;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation report for the funder: each goal with its mark, the organisers' comment and the figures beside
 * it; the event's figures; and what visitors answered to the closing questions.
 */
@Service
public class EvaluationReport {

    /** Text answers beyond this many are counted, not printed: the full list is in the export. */
    static final int TEXTS_SHOWN = 40;

    private final Goals goals;
    private final ClosingQuestions closing;
    private final EvaluationFigures figures;
    private final Translations translations;

    EvaluationReport(Goals goals, ClosingQuestions closing, EvaluationFigures figures, Translations translations) {
        this.goals = goals;
        this.closing = closing;
        this.figures = figures;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Event event, Locale locale) {
        long eventId = event.requireId();
        List<EvaluationFigures.Figure> all = figures.all(eventId, locale);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        try (PdfFlowDocument pdf = new PdfFlowDocument(t("evaluation.pdf.title", locale, event.name()))) {
            pdf.title(t("evaluation.pdf.title", locale, event.name()));
            String when = event.startsOn().equals(event.endsOn()) ? date.format(event.startsOn())
                    : date.format(event.startsOn()) + "–" + date.format(event.endsOn());
            pdf.paragraph(event.venue() == null || event.venue().isBlank() ? when : when + " · " + event.venue());

            List<EventGoal> goalList = goals.ofEvent(eventId);
            pdf.heading(t("evaluation.goals", locale));
            if (goalList.isEmpty()) {
                pdf.paragraph(t("evaluation.goals.none", locale));
            }
            int n = 1;
            for (EventGoal goal : goalList) {
                pdf.heading(n++ + ". " + goal.text(), 30);
                pdf.paragraph(t("evaluation.pdf.status", locale, goal.status() == null
                        ? t("evaluation.goal.status.none", locale) : t(goal.status().labelKey(), locale)));
                if (goal.comment() != null) {
                    pdf.paragraph(goal.comment());
                }
                List<EvaluationFigures.Figure> chosen = figures.of(goal, all);
                if (!chosen.isEmpty()) {
                    List<List<String>> rows = new ArrayList<>();
                    rows.add(List.of(t("evaluation.pdf.figure", locale), t("evaluation.pdf.value", locale)));
                    chosen.forEach(f -> rows.add(List.of(f.label(), f.value())));
                    pdf.table(rows, 3, 2);
                }
            }

            pdf.heading(t("evaluation.pdf.figures", locale), 40);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(t("evaluation.pdf.figure", locale), t("evaluation.pdf.value", locale)));
            all.stream().filter(f -> !f.key().startsWith("closing:")).forEach(f -> rows.add(List.of(f.label(), f.value())));
            pdf.table(rows, 3, 2);

            List<ClosingResult> results = closing.results(eventId);
            pdf.heading(t("evaluation.closing", locale), 40);
            if (results.isEmpty()) {
                pdf.paragraph(t("evaluation.closing.none", locale));
            } else {
                pdf.paragraph(t("evaluation.pdf.respondents", locale, closing.respondents(eventId)));
            }
            for (ClosingResult result : results) {
                pdf.heading(result.question().text().in(locale), 40);
                switch (result.question().kind()) {
                    case SCALE -> {
                        pdf.paragraph(ClosingFigures.summary(result, locale, translations));
                        java.util.Map<String, Long> steps = new java.util.LinkedHashMap<>();
                        result.distribution().forEach((value, count) -> steps.put(Score.of(value).signed() + " "
                                + t(ClosingPage.scaleKey(Score.of(value)), locale), count));
                        pdf.bars(steps);
                    }
                    case CHOICE -> {
                        pdf.paragraph(t("evaluation.figure.answers", locale, result.count()));
                        pdf.bars(result.labelled(locale));
                    }
                    case TEXT -> {
                        pdf.paragraph(t("evaluation.figure.answers", locale, result.count()));
                        result.texts().stream().limit(TEXTS_SHOWN).forEach(text -> pdf.paragraph("“" + text + "”"));
                        if (result.texts().size() > TEXTS_SHOWN) {
                            pdf.small(t("evaluation.pdf.more", locale, result.texts().size() - TEXTS_SHOWN));
                        }
                    }
                }
            }
            return pdf.bytes();
        }
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
