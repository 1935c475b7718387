package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import fi.pyykkinaru.badge.RegistrationTally;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.SlipFilter;
import fi.pyykkinaru.clothesline.SlipTally;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.harvest.FeedbackTable;
import fi.pyykkinaru.harvest.HarvestFigures;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The harvest at a glance, filtered by day, line and stand: counts and charts. */
class OverviewSection extends Div {

    final Select<LocalDate> day = new Select<>();
    final Select<Line> line = new Select<>();
    final Select<String> stand = new Select<>();
    final Paragraph count = new Paragraph();
    final Div charts = new Div();
    final Div figures = new Div();
    private final Event event;
    private final List<Line> lines;
    private final SlipTally slips;
    // What the filters do not change is counted once, when the section is made.
    private final Map<String, Long> answersPerSession = new LinkedHashMap<>();
    private final Map<String, Long> registrationsPerType;
    private final Map<String, Long> registrationsPerRegion;

    OverviewSection(Event event, List<Line> lines, SlipTally slips, RegistrationTally registrations,
            FeedbackTable feedback, List<HarvestFigures.Figure> others) {
        this.event = event;
        this.lines = lines;
        this.slips = slips;
        feedback.table(event.requireId()).forEach((session, result) -> answersPerSession.put(session.title(), result.count()));
        registrationsPerType = registrations.perType(event.requireId());
        registrationsPerRegion = registrations.perRegion(event.requireId());
        setId("harvest-overview");
        addClassName("harvest-section");
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = event.startsOn(); !d.isAfter(event.endsOn()); d = d.plusDays(1)) {
            days.add(d);
        }
        day.setId("harvest-day");
        day.setItems(days);
        day.setEmptySelectionAllowed(true);
        line.setId("harvest-line");
        line.setItems(lines);
        line.setEmptySelectionAllowed(true);
        stand.setId("harvest-stand");
        stand.setItems(slips.stands(event.requireId()));
        stand.setEmptySelectionAllowed(true);
        day.addValueChangeListener(e -> refresh());
        line.addValueChangeListener(e -> refresh());
        stand.addValueChangeListener(e -> refresh());
        Div filters = new Div(day, line, stand);
        filters.addClassName("harvest-filters");
        count.setId("harvest-count");
        count.addClassName("harvest-count");
        charts.addClassName("harvest-charts");
        figures.setId("harvest-figures");
        figures.addClassName("harvest-figures");
        for (HarvestFigures.Figure figure : others) {
            Span label = new Span(figure.label());
            label.addClassName("harvest-figure-label");
            Span value = new Span(figure.value());
            value.addClassName("harvest-figure-value");
            Div item = new Div(label, value);
            item.addClassName("harvest-figure");
            figures.add(item);
        }
        figures.setVisible(!others.isEmpty());
        add(new H2(getTranslation("harvest.section.overview")), figures, filters, count, charts);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        day.setLabel(getTranslation("harvest.filter.day"));
        day.setEmptySelectionCaption(getTranslation("harvest.filter.all"));
        day.setItemLabelGenerator(d -> d == null ? getTranslation("harvest.filter.all") : date.format(d));
        line.setLabel(getTranslation("harvest.filter.line"));
        line.setEmptySelectionCaption(getTranslation("harvest.filter.all"));
        line.setItemLabelGenerator(l -> l == null ? getTranslation("harvest.filter.all") : l.prompt().in(getLocale()));
        stand.setLabel(getTranslation("harvest.filter.stand"));
        stand.setEmptySelectionCaption(getTranslation("harvest.filter.all"));
        stand.setItemLabelGenerator(s -> s == null ? getTranslation("harvest.filter.all") : s);
        refresh();
    }

    SlipFilter filter() {
        Line chosen = line.getValue();
        return new SlipFilter(event.requireId(), day.getValue(), chosen == null ? null : chosen.id(),
                stand.getValue());
    }

    void refresh() {
        SlipFilter filter = filter();
        count.setText(getTranslation("harvest.count", slips.count(filter)));
        String empty = getTranslation("harvest.chart.empty");
        Map<Long, String> lineNames = lines.stream().collect(Collectors.toMap(Line::requireId, l -> l.prompt().in(getLocale())));
        Map<String, String> themes = event.themes().stream().collect(Collectors.toMap(Theme::code, t -> t.label().in(getLocale())));
        charts.removeAll();
        charts.add(new BarChart("chart-lines", getTranslation("harvest.chart.lines"),
                relabel(slips.perLine(filter), id -> lineNames.getOrDefault(id, "?")), empty));
        charts.add(new BarChart("chart-regions", getTranslation("harvest.chart.regions"),
                relabel(slips.perRegion(filter), this::region), empty));
        charts.add(new BarChart("chart-themes", getTranslation("harvest.chart.themes"),
                relabel(slips.perTheme(filter), code -> themes.getOrDefault(code, code)), empty));
        charts.add(new BarChart("chart-hours", getTranslation("harvest.chart.hours"),
                relabel(slips.perHour(filter), h -> String.format("%02.0f–%02.0f", (double) h, (double) h + 1)), empty));
        charts.add(new BarChart("chart-sessions", getTranslation("harvest.chart.sessions"), answersPerSession, empty));
        charts.add(new BarChart("chart-types", getTranslation("harvest.chart.types"),
                relabel(registrationsPerType, this::organisationType), empty));
        charts.add(new BarChart("chart-registration-regions", getTranslation("harvest.chart.registration-regions"),
                relabel(registrationsPerRegion, this::region), empty));
    }

    private String region(String code) {
        return code.isEmpty() ? getTranslation("slip.region.none") : getTranslation(Region.valueOf(code).labelKey());
    }

    private String organisationType(String code) {
        return code.isEmpty() ? getTranslation("slip.region.none")
                : getTranslation("organisation-type." + OrganisationType.valueOf(code).name());
    }

    private static <K> Map<String, Long> relabel(Map<K, Long> counts, Function<K, @Nullable String> label) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((key, n) -> named.merge(String.valueOf(label.apply(key)), n, Long::sum));
        return named;
    }
}
