package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.html.Div;
import fi.pyykkinaru.event.Region;
import java.util.function.LongFunction;
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
    // About as many letters of a bold title as fit one line of a slip, on the stand and on a phone alike.
    private static final int LETTERS_PER_LINE = 13;

    private final long id;
    private String title = "";
    private @Nullable Region region;
    private String catalogueTag = "";
    private String yoursTag = "";
    private long voices;
    private String voicesLabel = "";

    /** The slip's id (0 for one not yet pegged), which also picks its colour. */
    SlipCard(long id) {
        this.id = id;
        addClassNames("slip", "slip--c" + Math.floorMod(id, COLOURS));
    }

    void show(String text, @Nullable Region region) {
        draw(text, region, "");
        removeClassName("slip--yours");
    }

    /** The slip its writer just pegged, with a tag that says so. */
    void markYours(String tag) {
        yoursTag = tag("slip-yours", tag);
        draw(title, region, yoursTag);
        addClassName("slip--yours");
    }

    /** The report of a practice that is in the catalogue says so, in the words given (the wall's language). */
    void markInCatalogue(String words) {
        catalogueTag = tag("slip-in-catalogue", words);
        draw(title, region, mine() ? yoursTag : "");
    }

    /** The same slip in the screen's new language, its tags and +1s in the words given; nothing is read again. */
    void localize(String yoursWords, String catalogueWords, LongFunction<String> voicesWords) {
        voicesLabel = voicesWords.apply(voices);
        if (!catalogueTag.isEmpty()) {
            catalogueTag = tag("slip-in-catalogue", catalogueWords);
        }
        if (mine()) {
            yoursTag = tag("slip-yours", yoursWords);
        }
        draw(title, region, mine() ? yoursTag : "");
    }

    private boolean mine() {
        return getClassNames().contains("slip--yours");
    }

    private static String tag(String className, String words) {
        return "<span class=\"" + className + "\">" + HtmlUtils.htmlEscape(words) + "</span>";
    }

    /** The +1s others added to this slip, in a corner of it; {@code label} says it in words for screen readers. */
    void voices(long count, String label) {
        voices = count;
        voicesLabel = label;
    }

    private void draw(String text, @Nullable Region shownRegion, String tag) {
        title = text;
        region = shownRegion;
        String meta = shownRegion == null ? "" : getTranslation(shownRegion.labelKey());
        String plusOnes = voices == 0 ? "" : "<span class=\"slip-voices\" aria-label=\"" + HtmlUtils.htmlEscape(voicesLabel)
                + "\">+" + voices + "</span>";
        getElement().setProperty("innerHTML", "<div class=\"slip-sheet\"><span class=\"slip-peg\" aria-hidden=\"true\">"
                + "</span>" + tag + "<span class=\"slip-title\"" + fit(title) + ">" + HtmlUtils.htmlEscape(title) + "</span>"
                + "<span class=\"slip-meta\">" + HtmlUtils.htmlEscape(meta) + "</span>" + catalogueTag + plusOnes
                + "</div>");
    }

    /**
     * A long word is set smaller rather than broken: the stand's Chromium has no Finnish or Swedish hyphenation,
     * so "vertaistukiryhmä" would otherwise break anywhere and without a hyphen. The CSS keeps at least 14 px, so
     * only a word too long even for that still breaks.
     */
    static String fit(String text) {
        int longest = 0;
        for (String word : text.split("[\\s/-]+")) {
            longest = Math.max(longest, word.codePointCount(0, word.length()));
        }
        return longest <= LETTERS_PER_LINE ? ""
                : " style=\"--fit:" + String.format(java.util.Locale.ROOT, "%.2f", (double) LETTERS_PER_LINE / longest) + "\"";
    }

    long id() {
        return id;
    }

    String title() {
        return title;
    }

    @Nullable Region region() {
        return region;
    }
}
