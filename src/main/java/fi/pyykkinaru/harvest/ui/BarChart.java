package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Map;

/**
 * A horizontal bar chart drawn by the app in HTML: a label, a bar and the count per row, largest bar full width.
 * Text stays text at the page's own size (an SVG scaled to its box shrank its labels to about 11 px) and long
 * labels wrap. Screen readers get the same figures as a list in the chart's label.
 */
class BarChart extends Div {

    BarChart(String id, String title, Map<String, Long> counts, String empty) {
        setId(id);
        addClassName("bar-chart");
        add(new H3(title));
        if (counts.isEmpty() || counts.values().stream().allMatch(c -> c == 0)) {
            Div none = new Div();
            none.setText(empty);
            none.addClassName("bar-chart-empty");
            add(none);
            return;
        }
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        StringBuilder rows = new StringBuilder();
        StringBuilder description = new StringBuilder(title).append(": ");
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            double share = Math.max(0.005, (double) entry.getValue() / max);
            rows.append("<span class=\"bar-label\">").append(escape(entry.getKey())).append("</span>")
                    .append("<span class=\"bar-track\"><span class=\"bar\" style=\"--share:")
                    .append(String.format(java.util.Locale.ROOT, "%.4f", share)).append("\"></span>")
                    .append("<span class=\"bar-count\">").append(entry.getValue()).append("</span></span>");
            description.append(entry.getKey()).append(' ').append(entry.getValue()).append("; ");
        }
        add(new Html("<div class=\"bar-chart-figure\" role=\"img\" aria-label=\"" + escape(description.toString())
                + "\">" + rows + "</div>"));
    }

    /** Visitors wrote these labels: they go into the chart as text, never as markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
