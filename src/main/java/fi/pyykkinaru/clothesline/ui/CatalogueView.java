package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.pyykkinaru.base.ui.Downloads;
import fi.pyykkinaru.base.ui.StaffLayout;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueImport;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.NeedsEvent;
import fi.pyykkinaru.kiosk.ThisStand;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Organisers fill the event's catalogue line: import a spreadsheet or CSV (the page says which columns, offers a
 * template to fill in, and after an import lists each row left out and why), or add, edit and remove entries by
 * hand. An event without a catalogue line is told where to add one.
 */
@Route(value = "staff/catalogue", layout = StaffLayout.class)
@RolesAllowed("ORGANISER")
class CatalogueView extends Div implements LocaleChangeObserver, HasDynamicTitle, NeedsEvent {

    final H1 heading = new H1();
    final Paragraph intro = new Paragraph();
    final Paragraph noLine = new Paragraph();
    final Anchor toLines = new Anchor("staff/events", "");
    final Select<Line> lineChoice = new Select<>();
    final H2 importHeading = new H2();
    final Paragraph importHelp = new Paragraph();
    final UnorderedList columns = new UnorderedList();
    final Paragraph importAgain = new Paragraph();
    final Anchor templateXlsx;
    final Anchor templateCsv;
    final CatalogueUpload upload;
    final CatalogueEditor editor;
    private final Event event;
    private final List<Line> catalogueLines;

    CatalogueView(ThisStand stand, Lines lines, Catalogue catalogue, CatalogueImport importer) {
        this.event = stand.event();
        setId("catalogue");
        addClassNames("staff", "catalogue-admin");
        catalogueLines = lines.active(event.requireId()).stream().filter(l -> l.kind() == LineKind.CATALOGUE).toList();
        intro.addClassName("staff-help");
        noLine.setId("catalogue-no-line");
        toLines.setId("catalogue-to-lines");
        toLines.addClassName("staff-link");
        lineChoice.setId("catalogue-line");
        lineChoice.setItems(catalogueLines);
        lineChoice.setItemLabelGenerator(l -> l.prompt().in(getLocale()));
        lineChoice.setVisible(catalogueLines.size() > 1);
        templateXlsx = Downloads.link("catalogue-template-xlsx", () -> getTranslation("catalogue.template.file") + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () -> importer.templateXlsx(getLocale()));
        templateCsv = Downloads.link("catalogue-template-csv", () -> getTranslation("catalogue.template.file") + ".csv",
                "text/csv", () -> importer.templateCsv(getLocale()));
        columns.setId("catalogue-columns");
        columns.addClassName("catalogue-columns");
        editor = new CatalogueEditor(catalogue);
        upload = new CatalogueUpload(importer, this::line, editor::refresh);
        Div templates = new Div(templateXlsx, templateCsv);
        templates.addClassName("catalogue-templates");
        Div importing = new Div(importHeading, importHelp, columns, importAgain, templates, upload.upload, upload.result);
        importing.setId("catalogue-importing");
        importing.addClassName("catalogue-importing");
        Div none = new Div(noLine, toLines);
        none.addClassName("catalogue-none");
        boolean any = !catalogueLines.isEmpty();
        none.setVisible(!any);
        importing.setVisible(any);
        editor.setVisible(any);
        add(heading, intro, none, lineChoice, importing, editor);
        if (any) {
            lineChoice.setValue(catalogueLines.getFirst());
            lineChoice.addValueChangeListener(e -> editor.show(e.getValue()));
            editor.show(catalogueLines.getFirst());
        }
    }

    private @Nullable Line line() {
        return lineChoice.getValue();
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("catalogue.title"));
        intro.setText(getTranslation("catalogue.intro"));
        noLine.setText(getTranslation("catalogue.no-line"));
        toLines.setText(getTranslation("catalogue.to-lines"));
        lineChoice.setLabel(getTranslation("catalogue.line"));
        importHeading.setText(getTranslation("catalogue.import.heading"));
        importHelp.setText(getTranslation("catalogue.import.help"));
        importAgain.setText(getTranslation("catalogue.import.again"));
        columns.removeAll();
        for (var field : CatalogueImport.COLUMNS) {
            Span name = new Span(getTranslation("catalogue.column." + field.column()));
            name.addClassName("catalogue-column-name");
            columns.add(new ListItem(name, new Span(" – " + getTranslation("catalogue.column-help." + field.column()))));
        }
        templateXlsx.setText(getTranslation("catalogue.template.xlsx"));
        templateCsv.setText(getTranslation("catalogue.template.csv"));
        upload.localize();
        editor.localize();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }
}
