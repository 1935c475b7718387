package fi.pyykkinaru.setup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.event.EventDraft;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event's theme list in the form: each theme's code and its labels in Finnish, Swedish and English, hidden or
 * offered, moved up or down or taken out of the list. Nothing is stored until the event is saved.
 */
class ThemesEditor extends Div {

    /** One theme's fields. */
    static final class Row extends Div {

        final TextField code = new TextField();
        final TextField fi = new TextField();
        final TextField sv = new TextField();
        final TextField en = new TextField();
        final Checkbox hidden = new Checkbox();
        final Button up = new Button();
        final Button down = new Button();
        final Button remove = new Button();

        Row(Theme theme) {
            this();
            code.setValue(theme.code());
            fi.setValue(theme.label().fi());
            sv.setValue(theme.label().sv().equals(theme.label().fi()) ? "" : theme.label().sv());
            en.setValue(theme.label().en().equals(theme.label().fi()) ? "" : theme.label().en());
            hidden.setValue(theme.hidden());
        }

        Row() {
            addClassName("theme-row");
            code.setMaxLength(40);
            fi.setMaxLength(Theme.MAX_LABEL * 2);
            sv.setMaxLength(Theme.MAX_LABEL * 2);
            en.setMaxLength(Theme.MAX_LABEL * 2);
            for (TextField field : List.of(code, fi, sv, en)) {
                field.addValueChangeListener(e -> field.setInvalid(false));
            }
            remove.addClassName("danger-outline");
            Div moves = new Div(up, down, remove);
            moves.addClassName("row-actions");
            add(code, fi, sv, en, hidden, moves);
        }
    }

    final H3 heading = new H3();
    final Div rows = new Div();
    final Button add = new Button();

    ThemesEditor() {
        setId("event-themes");
        addClassName("themes-editor");
        rows.addClassName("theme-rows");
        add.setId("theme-add");
        add.addClickListener(e -> {
            Row row = addRow(new Row());
            row.code.focus();
        });
        add(heading, rows, add);
    }

    void show(List<Theme> themes) {
        rows.removeAll();
        themes.forEach(theme -> addRow(new Row(theme)));
    }

    List<Row> rows() {
        return rows.getChildren().filter(Row.class::isInstance).map(Row.class::cast).toList();
    }

    /** The themes as typed; a row that cannot be a theme yet adds its problems instead, fields named as in the file. */
    List<Theme> themes(List<EventDraft.Problem> problems) {
        List<Theme> themes = new ArrayList<>();
        List<Row> all = rows();
        for (int i = 0; i < all.size(); i++) {
            Row row = all.get(i);
            String code = row.code.getValue().strip();
            boolean fine = true;
            if (!code.matches(Theme.CODE_PATTERN)) {
                problems.add(new EventDraft.Problem("themes/" + i + "/code", "event.error.theme-code", List.of()));
                fine = false;
            }
            if (row.fi.getValue().isBlank()) {
                problems.add(new EventDraft.Problem("themes/" + i + "/label/fi", "event.error.theme-label", List.of()));
                fine = false;
            }
            if (fine) {
                themes.add(new Theme(code, new LocalizedText(row.fi.getValue().strip(), row.sv.getValue().strip(),
                        row.en.getValue().strip()), row.hidden.getValue()));
            }
        }
        return themes;
    }

    /** The field a problem names ({@code themes/2/label/sv}), if it is one of these rows'. */
    java.util.Optional<TextField> field(String problemField) {
        String[] parts = problemField.split("/");
        if (parts.length < 3 || !parts[0].equals("themes")) {
            return java.util.Optional.empty();
        }
        List<Row> all = rows();
        int index = Integer.parseInt(parts[1]);
        if (index >= all.size()) {
            return java.util.Optional.empty();
        }
        Row row = all.get(index);
        Map<String, TextField> fields = Map.of("code", row.code, "fi", row.fi, "sv", row.sv, "en", row.en);
        return java.util.Optional.ofNullable(fields.get(parts[parts.length - 1]));
    }

    void localize() {
        heading.setText(getTranslation("events.themes"));
        add.setText(getTranslation("events.theme.add"));
        rows().forEach(this::label);
    }

    private Row addRow(Row row) {
        row.up.addClickListener(e -> move(row, -1));
        row.down.addClickListener(e -> move(row, 1));
        row.remove.addClickListener(e -> {
            rows.remove(row);
            renumber();
        });
        rows.add(row);
        renumber();
        return row;
    }

    private void move(Row row, int by) {
        List<Row> all = rows();
        int to = all.indexOf(row) + by;
        if (to < 0 || to >= all.size()) {
            return;
        }
        rows.remove(row);
        rows.addComponentAtIndex(to, row);
        renumber();
        (by < 0 ? row.up : row.down).focus();
    }

    private void renumber() {
        List<Row> all = rows();
        for (int i = 0; i < all.size(); i++) {
            Row row = all.get(i);
            row.setId("theme-" + i);
            row.code.setId("theme-code-" + i);
            row.fi.setId("theme-fi-" + i);
            row.sv.setId("theme-sv-" + i);
            row.en.setId("theme-en-" + i);
            row.hidden.setId("theme-hidden-" + i);
            row.up.setId("theme-up-" + i);
            row.down.setId("theme-down-" + i);
            row.remove.setId("theme-remove-" + i);
            row.up.setEnabled(i > 0);
            row.down.setEnabled(i < all.size() - 1);
            label(row);
        }
    }

    private void label(Row row) {
        row.code.setLabel(getTranslation("events.theme.code"));
        row.code.setHelperText(getTranslation("events.theme.code.help"));
        row.fi.setLabel(getTranslation("events.theme.label-fi"));
        row.sv.setLabel(getTranslation("events.theme.label-sv"));
        row.en.setLabel(getTranslation("events.theme.label-en"));
        row.hidden.setLabel(getTranslation("events.theme.hidden"));
        row.up.setText(getTranslation("events.theme.up"));
        row.down.setText(getTranslation("events.theme.down"));
        row.remove.setText(getTranslation("events.theme.remove"));
        String name = row.code.getValue().isBlank() ? "" : " " + row.code.getValue();
        row.up.getElement().setAttribute("aria-label", getTranslation("events.theme.up") + name);
        row.down.getElement().setAttribute("aria-label", getTranslation("events.theme.down") + name);
        row.remove.getElement().setAttribute("aria-label", getTranslation("events.theme.remove") + name);
    }
}
