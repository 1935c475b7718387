package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.event.Region;
import org.jspecify.annotations.Nullable;

/**
 * A slip hanging from its peg. Five DOM nodes, so a whole wall stays small; the colour comes from the slip's
 * id so that a slip keeps its colour on every screen. The outer box stays still and only the sheet inside it
 * sways, so a tap (or a test's click) always finds the slip where it is.
 */
class SlipCard extends Div {

    static final int COLOURS = 6;

    final Span title = new Span();
    final Span meta = new Span();

    SlipCard(long colourSeed) {
        addClassNames("slip", "slip--c" + Math.floorMod(colourSeed, COLOURS));
        Span peg = new Span();
        peg.addClassName("slip-peg");
        peg.getElement().setAttribute("aria-hidden", "true");
        title.addClassName("slip-title");
        meta.addClassName("slip-meta");
        Div sheet = new Div(peg, title, meta);
        sheet.addClassName("slip-sheet");
        add(sheet);
    }

    void show(String text, @Nullable Region region) {
        title.setText(text);
        meta.setText(region == null ? "" : getTranslation(region.labelKey()));
    }
}
