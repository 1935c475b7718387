package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.clothesline.PracticeSearch.Found;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Is it already on the line?": under the name of a practice being written, the slips and catalogue entries that
 * seem to be the same one, each a tap away from adding the visitor's voice to it instead of a second slip. Hidden
 * while nothing matches; read out politely by a screen reader when something does.
 */
class AlreadyHere extends Div {

    static final int SHOWN = 4;

    final Paragraph heading = new Paragraph();
    final Div items = new Div();
    private final Consumer<Found> onChoose;
    private List<Found> found = List.of();

    AlreadyHere(Consumer<Found> onChoose) {
        this.onChoose = onChoose;
        setId("slip-already-here");
        addClassName("already-here");
        getElement().setAttribute("aria-live", "polite");
        heading.addClassName("already-here-heading");
        items.addClassName("already-here-items");
        add(heading, items);
        setVisible(false);
    }

    void show(List<Found> matches) {
        found = List.copyOf(matches);
        items.removeAll();
        for (Found match : found) {
            NativeButton item = new NativeButton();
            item.addClassNames("already-item", match.kind() == Found.Kind.CATALOGUE ? "already-item--catalogue"
                    : "already-item--slip");
            item.getElement().setAttribute("data-kind", match.kind().name().toLowerCase());
            item.getElement().setAttribute("data-id", String.valueOf(match.id()));
            Span title = new Span(match.title());
            title.addClassName("already-item-title");
            Span where = new Span(getTranslation(match.kind() == Found.Kind.CATALOGUE ? "slip.already.catalogue"
                    : "slip.already.line") + (match.organisation() == null ? "" : " · " + match.organisation()));
            where.addClassName("already-item-where");
            Span voices = new Span("+" + match.voices());
            voices.addClassName("already-item-voices");
            voices.getElement().setAttribute("aria-label", getTranslation("slip.voices.count", match.voices()));
            voices.setVisible(match.voices() > 0);
            item.add(title, where, voices);
            item.addClickListener(e -> onChoose.accept(match));
            items.add(item);
        }
        localize();
        setVisible(!found.isEmpty());
    }

    List<Found> found() {
        return found;
    }

    void localize() {
        heading.setText(getTranslation("slip.already.hint"));
    }
}
