package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueDraft;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.CatalogueField;
import fi.pyykkinaru.clothesline.CatalogueProblem;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.event.Region;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A catalogue line's entries for organisers, each editable and removable, and the form that adds or edits one by
 * hand. A problem is shown at its field and nothing typed is lost to it.
 */
class CatalogueEditor extends Div {

    final H2 heading = new H2();
    final Button add = new Button();
    final Paragraph status = new Paragraph();
    final Div list = new Div();
    final Div form = new Div();
    final H3 formHeading = new H3();
    final TextField title = new TextField();
    final TextField url = new TextField();
    final TextArea summary = new TextArea();
    final TextField organisation = new TextField();
    final Select<Region> region = new Select<>();
    final TextField themes = new TextField();
    final TextField image = new TextField();
    final Button save = new Button();
    final Button cancel = new Button();
    private final Map<CatalogueField, TextFieldBase<?, String>> fields = new EnumMap<>(CatalogueField.class);
    private final Catalogue catalogue;
    private @Nullable Line line;
    private @Nullable CatalogueEntry editing;

    CatalogueEditor(Catalogue catalogue) {
        this.catalogue = catalogue;
        setId("catalogue-editor");
        addClassName("catalogue-editor");
        add.setId("catalogue-add");
        add.addClassNames("big-button", "primary");
        add.addClickListener(e -> edit(null));
        status.setId("catalogue-status");
        status.getElement().setAttribute("role", "status");
        list.setId("catalogue-entries");
        list.addClassName("catalogue-entries");
        title.setId("catalogue-title");
        url.setId("catalogue-url-field");
        summary.setId("catalogue-summary");
        organisation.setId("catalogue-organisation");
        region.setId("catalogue-region");
        region.setItems(Arrays.asList(Region.values()));
        region.setEmptySelectionAllowed(true);
        region.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        themes.setId("catalogue-themes");
        image.setId("catalogue-image");
        fields.put(CatalogueField.TITLE, title);
        fields.put(CatalogueField.URL, url);
        fields.put(CatalogueField.SUMMARY, summary);
        fields.put(CatalogueField.ORGANISATION, organisation);
        fields.put(CatalogueField.THEMES, themes);
        fields.put(CatalogueField.IMAGE, image);
        fields.values().forEach(f -> f.setWidthFull());
        save.setId("catalogue-save");
        save.addClassNames("big-button", "primary");
        save.addClickListener(e -> save());
        cancel.setId("catalogue-cancel");
        cancel.addClassName("big-button");
        cancel.addClickListener(e -> form.setVisible(false));
        Div buttons = new Div(save, cancel);
        buttons.addClassName("staff-tools");
        form.setId("catalogue-form");
        form.addClassName("catalogue-form");
        form.add(formHeading, title, url, summary, organisation, region, themes, image, buttons);
        form.setVisible(false);
        Div top = new Div(heading, add);
        top.addClassName("staff-top");
        add(top, status, form, list);
    }

    void show(@Nullable Line shown) {
        line = shown;
        form.setVisible(false);
        refresh();
    }

    void localize() {
        add.setText(getTranslation("catalogue.add"));
        title.setLabel(getTranslation("catalogue.column.title") + " *");
        url.setLabel(getTranslation("catalogue.column.url") + " *");
        url.setHelperText(getTranslation("catalogue.column-help.url"));
        summary.setLabel(getTranslation("catalogue.column.summary"));
        organisation.setLabel(getTranslation("catalogue.column.organisation"));
        region.setLabel(getTranslation("catalogue.column.region"));
        themes.setLabel(getTranslation("catalogue.column.themes"));
        themes.setHelperText(getTranslation("catalogue.column-help.themes"));
        image.setLabel(getTranslation("catalogue.column.image_url"));
        save.setText(getTranslation("action.save"));
        cancel.setText(getTranslation("action.cancel"));
        formHeading.setText(getTranslation(editing == null ? "catalogue.form.new" : "catalogue.form.edit"));
        refresh();
    }

    void refresh() {
        list.removeAll();
        Line shown = line;
        if (shown == null) {
            return;
        }
        List<CatalogueEntry> entries = catalogue.ofLine(shown.requireId());
        heading.setText(getTranslation("catalogue.entries", entries.size()));
        if (entries.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("catalogue.empty"));
            empty.setId("catalogue-empty");
            list.add(empty);
        }
        for (CatalogueEntry entry : entries) {
            list.add(row(entry));
        }
    }

    private Div row(CatalogueEntry entry) {
        long id = entry.requireId();
        Span name = new Span(entry.title());
        name.addClassName("catalogue-entry-title");
        String about = String.join(" · ", java.util.stream.Stream.of(entry.organisation(),
                entry.region() == null ? null : getTranslation(entry.region().labelKey()))
                .filter(java.util.Objects::nonNull).toList());
        Span facts = new Span(about);
        facts.addClassName("catalogue-entry-facts");
        Span address = new Span(entry.url());
        address.addClassName("catalogue-entry-url");
        Div text = new Div(name, facts, address);
        text.addClassName("catalogue-entry-text");
        Button edit = new Button(getTranslation("catalogue.edit"), e -> catalogue.find(id).ifPresent(this::edit));
        edit.setId("catalogue-edit-" + id);
        edit.addClassName("big-button");
        edit.getElement().setAttribute("aria-label", getTranslation("catalogue.edit.named", entry.title()));
        Button remove = new Button(getTranslation("catalogue.remove"), e -> confirmRemove(entry));
        remove.setId("catalogue-remove-" + id);
        remove.addClassName("big-button");
        remove.getElement().setAttribute("aria-label", getTranslation("catalogue.remove.named", entry.title()));
        Div row = new Div(text, edit, remove);
        row.setId("catalogue-entry-" + id);
        row.addClassName("catalogue-entry");
        return row;
    }

    private void edit(@Nullable CatalogueEntry entry) {
        editing = entry;
        CatalogueDraft draft = entry == null ? new CatalogueDraft(null, null, null, null, null, null, null)
                : CatalogueDraft.of(entry);
        title.setValue(orEmpty(draft.title()));
        url.setValue(orEmpty(draft.url()));
        summary.setValue(orEmpty(draft.summary()));
        organisation.setValue(orEmpty(draft.organisation()));
        region.setValue(draft.region());
        themes.setValue(orEmpty(draft.themes()));
        image.setValue(orEmpty(draft.imageUrl()));
        fields.values().forEach(f -> f.setInvalid(false));
        formHeading.setText(getTranslation(entry == null ? "catalogue.form.new" : "catalogue.form.edit"));
        form.setVisible(true);
        title.focus();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private void save() {
        Line shown = line;
        if (shown == null) {
            return;
        }
        CatalogueDraft draft = new CatalogueDraft(url.getValue(), title.getValue(), summary.getValue(),
                organisation.getValue(), region.getValue(), themes.getValue(), image.getValue());
        CatalogueEntry seen = editing;
        List<CatalogueProblem> problems = catalogue.check(shown, seen == null ? null : seen.requireId(), draft);
        fields.values().forEach(f -> f.setInvalid(false));
        if (!problems.isEmpty()) {
            for (CatalogueProblem problem : problems) {
                TextFieldBase<?, String> field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(problem.messageKey(), problem.args().toArray()));
                    field.setInvalid(true);
                }
            }
            status.setText(getTranslation("catalogue.not-saved"));
            return;
        }
        try {
            CatalogueEntry saved = seen == null ? catalogue.add(shown, draft) : catalogue.update(seen, draft, shown);
            status.setText(getTranslation("catalogue.saved", saved.title()));
            form.setVisible(false);
            editing = null;
            refresh();
        } catch (OptimisticLockingFailureException e) {
            status.setText(getTranslation("catalogue.conflict"));
        }
    }

    private void confirmRemove(CatalogueEntry entry) {
        new Confirmation(getTranslation("catalogue.remove.title"), getTranslation("catalogue.remove.text", entry.title()),
                getTranslation("catalogue.remove"), () -> {
                    catalogue.remove(entry.requireId());
                    status.setText(getTranslation("catalogue.removed", entry.title()));
                    refresh();
                }).open();
    }
}
