package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.WallSlip;
import fi.pyykkinaru.event.Theme;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A slip's text and facts, read large: in the wall's dialog and on the slip's own page. Always text, never markup. */
class SlipDetail extends Div {

    final H2 title = new H2();
    final Paragraph body = new Paragraph();
    final Div facts = new Div();

    SlipDetail(WallSlip slip, List<Theme> themes, ZoneId zone) {
        setId("slip-detail");
        title.setText(slip.title());
        body.setText(slip.body() == null ? "" : slip.body());
        body.addClassName("slip-dialog-body");
        facts.addClassName("slip-dialog-facts");
        if (slip.organisation() != null) {
            facts.add(fact(getTranslation("slip.organisation.short"), slip.organisation()));
        }
        if (slip.ownership() != null) {
            facts.add(fact(getTranslation("slip.whose"), getTranslation(
                    slip.ownership() == Ownership.OWN ? "slip.dialog.own" : "slip.dialog.other")));
        }
        if (slip.region() != null) {
            facts.add(fact(getTranslation("slip.region"), getTranslation(slip.region().labelKey())));
        }
        Map<String, Theme> byCode = themes.stream().collect(Collectors.toMap(Theme::code, Function.identity()));
        List<String> labels = slip.themeCodes().stream().map(byCode::get).filter(Objects::nonNull)
                .map(t -> t.label().in(getLocale())).toList();
        if (!labels.isEmpty()) {
            facts.add(fact(getTranslation("slip.themes"), String.join(", ", labels)));
        }
        facts.add(fact(getTranslation("slip.dialog.pegged"), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).format(slip.peggedAt().atZone(zone))));
        add(title, body, facts);
    }

    /**
     * The practice is in the catalogue: said among the facts, and a tap on its name opens the entry large on the
     * wall ({@code open}) or, without one, the catalogue's page itself.
     */
    void inCatalogue(fi.pyykkinaru.clothesline.CatalogueEntry entry,
            java.util.function.@org.jspecify.annotations.Nullable Consumer<fi.pyykkinaru.clothesline.CatalogueEntry> open) {
        Span name = new Span(getTranslation("slip.in-catalogue"));
        name.addClassName("fact-label");
        Div fact = new Div(name);
        fact.addClassName("fact");
        fact.setId("slip-in-catalogue");
        if (open == null) {
            // On a phone, the slip's own page: the catalogue's page is a tap away.
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(entry.url(),
                    entry.title());
            link.setId("slip-catalogue-url");
            link.addClassName("slip-catalogue-url");
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            fact.add(link);
        } else {
            Button link = new Button(entry.title(), e -> open.accept(entry));
            link.setId("slip-open-catalogue");
            link.addClassName("slip-catalogue-link");
            fact.add(link);
        }
        facts.add(fact);
    }

    /** The +1s others added, and what those who commented said (published comments only). */
    void voices(long count, List<String> comments) {
        if (count == 0) {
            return;
        }
        Div fact = fact(getTranslation("slip.voices"), getTranslation("slip.voices.count", count));
        fact.setId("slip-detail-voices");
        facts.add(fact);
        if (!comments.isEmpty()) {
            Paragraph heading = new Paragraph(getTranslation("slip.voices.comments"));
            heading.addClassName("fact-label");
            com.vaadin.flow.component.html.UnorderedList said = new com.vaadin.flow.component.html.UnorderedList();
            said.setId("slip-detail-comments");
            said.addClassName("slip-voice-comments");
            comments.forEach(c -> said.add(new com.vaadin.flow.component.html.ListItem(c)));
            add(heading, said);
        }
    }

    static Div fact(String label, String value) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Span text = new Span(value);
        Div fact = new Div(name, text);
        fact.addClassName("fact");
        return fact;
    }
}
