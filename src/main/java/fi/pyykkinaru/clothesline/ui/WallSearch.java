package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.pyykkinaru.clothesline.PracticeSearch.Found;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The wall's search: slips and catalogue entries across all the stand's lines, by name or organisation, tolerant of
 * inflections and typos. A result opens as a tap on the wall would. The stand's on-screen keyboard comes up for it.
 */
class WallSearch extends Div {

    static final int SHOWN = 8;

    final TextField field = new TextField();
    final Div results = new Div();
    final Paragraph none = new Paragraph();
    private final Function<String, List<Found>> find;
    private final Function<Found, String> where;
    private final Consumer<Found> onOpen;

    WallSearch(Function<String, List<Found>> find, Function<Found, String> where, Consumer<Found> onOpen) {
        this.find = find;
        this.where = where;
        this.onOpen = onOpen;
        addClassName("wall-search");
        field.setId("line-search");
        field.addClassName("wall-search-field");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.getElement().setAttribute("autocomplete", "off");
        field.addValueChangeListener(e -> show(e.getValue()));
        results.setId("line-search-results");
        results.addClassName("wall-search-results");
        results.getElement().setAttribute("aria-live", "polite");
        results.setVisible(false);
        none.addClassName("wall-search-none");
        add(field, results);
    }

    void localize() {
        field.setLabel(getTranslation("wall.search"));
        field.setAriaLabel(getTranslation("wall.search"));
        none.setText(getTranslation("wall.search.none"));
        show(field.getValue());
    }

    /** Back to a blank field: the next visitor starts afresh. */
    void clear() {
        field.clear();
        show("");
    }

    private void show(String typed) {
        results.removeAll();
        if (typed.strip().length() < 3) {
            results.setVisible(false);
            return;
        }
        List<Found> found = find.apply(typed);
        results.getElement().setAttribute("aria-label", getTranslation("wall.search.results", found.size()));
        if (found.isEmpty()) {
            results.add(none);
        }
        for (Found match : found) {
            NativeButton item = new NativeButton();
            item.addClassNames("wall-search-item", match.kind() == Found.Kind.CATALOGUE ? "wall-search-item--catalogue"
                    : "wall-search-item--slip");
            item.getElement().setAttribute("data-kind", match.kind().name().toLowerCase());
            item.getElement().setAttribute("data-id", String.valueOf(match.id()));
            Span title = new Span(match.title());
            title.addClassName("already-item-title");
            Span place = new Span(where.apply(match));
            place.addClassName("already-item-where");
            Span voices = new Span("+" + match.voices());
            voices.addClassName("already-item-voices");
            voices.getElement().setAttribute("aria-label", getTranslation("slip.voices.count", match.voices()));
            voices.setVisible(match.voices() > 0);
            item.add(title, place, voices);
            item.addClickListener(e -> onOpen.accept(match));
            results.add(item);
        }
        results.setVisible(true);
    }
}
