package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Map;

/**
 * A horizontal bar chart drawn by the app as SVG: a label, a bar and the count per row, largest bar full width.
 * Screen readers get the same figures as a list in the chart's label.
 */
class BarChart extends Div {

    private static final int ROW = 28;
    private static final int LABEL = 300;
    private static final int BARS = 420;

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
        int height = counts.size() * ROW + 4;
        StringBuilder svg = new StringBuilder();
        StringBuilder description = new StringBuilder(title).append(": ");
        svg.append("<div class=\"bar-chart-figure\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(LABEL + BARS + 60).append(' ').append(height).append("\" aria-label=\"");
        int y = 2;
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            int bar = (int) Math.max(2, Math.round((double) BARS * entry.getValue() / max));
            rows.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 19)
                    .append("\" text-anchor=\"end\" class=\"bar-label\">").append(escape(shorten(entry.getKey()))).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(bar)
                    .append("\" height=\"").append(ROW - 8).append("\" rx=\"3\" class=\"bar\"></rect>")
                    .append("<text x=\"").append(LABEL + bar + 6).append("\" y=\"").append(y + 19)
                    .append("\" class=\"bar-count\">").append(entry.getValue()).append("</text>");
            description.append(entry.getKey()).append(' ').append(entry.getValue()).append("; ");
            y += ROW;
        }
        svg.append(escape(description.toString())).append("\">").append(rows).append("</svg></div>");
        add(new Html(svg.toString()));
    }

    private static String shorten(String label) {
        return label.length() <= 40 ? label : label.substring(0, 39) + "…";
    }

    /** Visitors wrote these labels: they go into the SVG as text, never as markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
