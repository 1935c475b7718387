package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.html.Div;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import org.springframework.web.util.HtmlUtils;

/**
 * A catalogue entry on its line: a printed index card, not a visitor's handwritten slip. White card stock with a
 * ruled head, set in print type, held by a clip instead of a peg, and it does not sway: it is the catalogue's, not
 * someone's just now. One element on the server, its parts inner HTML, as {@link SlipCard}.
 */
class CatalogueCard extends Div {

    private final long id;
    private final String title;

    CatalogueCard(CatalogueEntry entry, String regionName) {
        this.id = entry.requireId();
        this.title = entry.title();
        addClassName("catalogue-card");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        // The line's keyboard handler taps whatever carries data-slip.
        getElement().setAttribute("data-slip", String.valueOf(id));
        getElement().setAttribute("data-entry", String.valueOf(id));
        String organisation = entry.organisation() == null ? "" : entry.organisation();
        getElement().setProperty("innerHTML", "<span class=\"catalogue-card-clip\" aria-hidden=\"true\"></span>"
                + "<span class=\"catalogue-card-head\">" + HtmlUtils.htmlEscape(organisation) + "</span>"
                + "<span class=\"catalogue-card-title\"" + SlipCard.fit(entry.title()) + ">"
                + HtmlUtils.htmlEscape(entry.title()) + "</span>"
                + "<span class=\"catalogue-card-meta\">" + HtmlUtils.htmlEscape(regionName) + "</span>");
    }

    long id() {
        return id;
    }

    String title() {
        return title;
    }
}
