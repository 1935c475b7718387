package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.call.Criterion;
import fi.pyykkinaru.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A call's review criteria, each scored 1-5: their labels in each language typed in place, reordered with buttons,
 * added and dropped. A dropped criterion's scores stay stored; nothing changes until the call is saved.
 */
class CriteriaEditor extends Div {

    /** One criterion's row: its key stays, its labels are the fields. */
    static final class Row {
        final String key;
        final Map<String, TextField> labels = new LinkedHashMap<>();

        Row(String key) {
            this.key = key;
        }
    }

    final H3 heading = new H3();
    final Div list = new Div();
    final Button add = new Button();
    final List<Row> rows = new ArrayList<>();
    private final List<String> languages;
    private final Set<String> usedKeys = new HashSet<>();

    CriteriaEditor(List<Criterion> initial, List<String> languages) {
        this.languages = languages;
        setId("call-criteria");
        addClassName("call-setup-section");
        heading.setText(getTranslation("call.setup.criteria"));
        list.addClassName("call-setup-list");
        add.setId("call-criterion-add");
        add.setText(getTranslation("call.setup.criterion.add"));
        add.addClickListener(e -> {
            Row row = row(newKey(), null);
            rows.add(row);
            refresh();
            java.util.Objects.requireNonNull(row.labels.get("fi")).focus();
        });
        for (Criterion criterion : initial) {
            usedKeys.add(criterion.key());
            rows.add(row(criterion.key(), criterion.label()));
        }
        add(heading, new Paragraph(getTranslation("call.setup.criteria.help")), list, add);
        refresh();
    }

    /** The criteria as typed, or null after marking each missing label at its field. */
    @Nullable List<Criterion> criteria() {
        boolean ok = true;
        List<Criterion> criteria = new ArrayList<>();
        for (Row row : rows) {
            for (Map.Entry<String, TextField> label : row.labels.entrySet()) {
                if (label.getValue().isRequired() && label.getValue().getValue().isBlank()) {
                    label.getValue().setErrorMessage(getTranslation("call.setup.error.label",
                            java.util.Locale.of(label.getKey()).getDisplayLanguage(getLocale())));
                    label.getValue().setInvalid(true);
                    ok = false;
                }
            }
            if (ok) {
                criteria.add(new Criterion(row.key, new LocalizedText(value(row, "fi"), value(row, "sv"),
                        value(row, "en"))));
            }
        }
        return ok ? criteria : null;
    }

    private Row row(String key, @Nullable LocalizedText label) {
        Row row = new Row(key);
        for (String language : QuestionForm.LANGUAGES) {
            TextField field = new TextField(getTranslation("call.setup.criterion.label." + language));
            field.setId("call-criterion-" + key + "-" + language);
            field.setMaxLength(200);
            field.setRequired(language.equals("fi") || languages.contains(language));
            field.setValue(label == null ? "" : QuestionForm.own(label, language));
            field.addValueChangeListener(e -> field.setInvalid(false));
            row.labels.put(language, field);
        }
        return row;
    }

    private void refresh() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int index = i;
            String name = java.util.Objects.requireNonNull(row.labels.get("fi")).getValue();
            Button up = button("call-criterion-up-" + row.key, "↑", getTranslation("call.setup.up", name));
            up.setEnabled(i > 0);
            up.addClickListener(e -> swap(index, index - 1));
            Button down = button("call-criterion-down-" + row.key, "↓", getTranslation("call.setup.down", name));
            down.setEnabled(i < rows.size() - 1);
            down.addClickListener(e -> swap(index, index + 1));
            Button drop = button("call-criterion-remove-" + row.key, getTranslation("call.setup.criterion.remove"),
                    getTranslation("call.setup.criterion.remove.label", name));
            drop.addClickListener(e -> {
                rows.remove(row);
                refresh();
            });
            Div fields = new Div();
            fields.addClassName("call-setup-text");
            row.labels.values().forEach(fields::add);
            Div buttons = new Div(up, down, drop);
            buttons.addClassName("call-setup-row-buttons");
            Div item = new Div(fields, buttons);
            item.setId("call-criterion-" + row.key);
            item.addClassName("call-setup-row");
            list.add(item);
        }
    }

    private void swap(int at, int to) {
        if (to < 0 || to >= rows.size()) {
            return;
        }
        Row moved = rows.get(at);
        rows.set(at, rows.get(to));
        rows.set(to, moved);
        refresh();
    }

    private static Button button(String id, String text, String ariaLabel) {
        Button button = new Button(text);
        button.setId(id);
        button.setAriaLabel(ariaLabel);
        return button;
    }

    private static String value(Row row, String language) {
        return java.util.Objects.requireNonNull(row.labels.get(language)).getValue().strip();
    }

    private String newKey() {
        int n = 1;
        while (usedKeys.contains("c-" + n)) {
            n++;
        }
        usedKeys.add("c-" + n);
        return "c-" + n;
    }
}
