package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.html.Div;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Score;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A result's distribution as five bars in the scale's colours, the longest bar being the most common answer. */
class ResultBars extends Div {

    private final Map<Score, Div> bars = new EnumMap<>(Score.class);

    ResultBars() {
        addClassName("results-bars");
        for (Score score : Score.values()) {
            Div bar = new Div();
            bar.addClassNames("results-bar", "vote-colour-" + score.testId().substring(5));
            bars.put(score, bar);
            add(bar);
        }
    }

    void show(FeedbackResult result) {
        long max = result.distribution().values().stream().mapToLong(Long::longValue).max().orElse(0);
        result.distribution().forEach((score, n) -> {
            Div bar = bar(score);
            bar.getElement().setAttribute("data-count", String.valueOf(n));
            bar.getStyle().set("--share", max == 0 ? "0" : String.valueOf((double) n / max));
            bar.setText(score.signed() + "  " + getTranslation(score.labelKey()) + ": " + n);
        });
    }

    Div bar(Score score) {
        return Objects.requireNonNull(bars.get(score), "the constructor makes a bar for every score");
    }
}
