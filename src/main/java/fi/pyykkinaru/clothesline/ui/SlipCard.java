package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.html.Div;
import fi.pyykkinaru.event.Region;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A slip hanging from its peg. Five DOM nodes in the browser but one on the server: the sheet, peg, title and
 * region are the box's inner HTML (its texts escaped), so that an open wall of 72 slips costs the server one
 * element per slip, not five (heap per idle UI, README). The colour comes from the slip's id so that a slip
 * keeps its colour on every screen. The outer box stays still and only the sheet inside it sways, so a tap (or
 * a test's click) always finds the slip where it is.
 */
class SlipCard extends Div {

    static final int COLOURS = 6;

    private String title = "";

    SlipCard(long colourSeed) {
        addClassNames("slip", "slip--c" + Math.floorMod(colourSeed, COLOURS));
    }

    void show(String text, @Nullable Region region) {
        title = text;
        String meta = region == null ? "" : getTranslation(region.labelKey());
        getElement().setProperty("innerHTML", "<div class=\"slip-sheet\"><span class=\"slip-peg\" aria-hidden=\"true\">"
                + "</span><span class=\"slip-title\">" + HtmlUtils.htmlEscape(title) + "</span><span class=\"slip-meta\">"
                + HtmlUtils.htmlEscape(meta) + "</span></div>");
    }

    String title() {
        return title;
    }
}
