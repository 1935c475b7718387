package fi.pyykkinaru.setup;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.clothesline.InvalidLineException;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineDraft;
import fi.pyykkinaru.clothesline.LineField;
import fi.pyykkinaru.clothesline.LineInUseException;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.LineProblem;
import fi.pyykkinaru.clothesline.LineRules;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * An event's lines for organisers: in the order they hang, each with its kind, prompt and open or closed, and the
 * form that adds or edits one. Nothing typed is lost to a problem or to another organiser's save: their newer
 * values are shown beside the fields, and saving again keeps what this organiser typed.
 */
@SpringComponent
@Scope("prototype")
public class LinesEditor extends Div implements LocaleChangeObserver {

    final H2 heading = new H2();
    final Button add = new Button();
    final Paragraph status = new Paragraph();
    final Div list = new Div();
    final Div form = new Div();
    final H3 formHeading = new H3();
    final Paragraph conflict = new Paragraph();
    final Select<LineKind> kind = new Select<>();
    final TextField code = new TextField();
    final TextField promptFi = new TextField();
    final TextField promptSv = new TextField();
    final TextField promptEn = new TextField();
    final TextArea helpFi = new TextArea();
    final TextArea helpSv = new TextArea();
    final TextArea helpEn = new TextArea();
    final Checkbox themed = new Checkbox();
    final Button save = new Button();
    final Button cancel = new Button();
    private final Lines lines;
    private @Nullable Event event;
    // The line being edited as this organiser last saw it (its version); null while adding one.
    private @Nullable Line editing;
    private boolean codeTyped;

    LinesEditor(Lines lines) {
        this.lines = lines;
        setId("lines-editor");
        addClassName("setup-lines");
        add.setId("line-new");
        add.addClassNames("big-button", "primary");
        add.setEnabled(false);
        add.addClickListener(e -> startNew());
        status.setId("lines-status");
        status.getElement().setAttribute("role", "status");
        list.setId("lines-list");
        list.addClassName("setup-line-list");

        kind.setId("line-kind");
        kind.setItems(LineKind.values());
        kind.setRenderer(new ComponentRenderer<>(k -> {
            Span name = new Span(getTranslation("lines.kind." + k.name()));
            name.addClassName("setup-kind-name");
            Span explained = new Span(getTranslation("lines.kind." + k.name() + ".help"));
            explained.addClassName("setup-kind-help");
            return new Div(name, explained);
        }));
        kind.addValueChangeListener(e -> {
            themed.setVisible(e.getValue() == LineKind.ANSWER);
            kind.setHelperText(e.getValue() == null ? "" : getTranslation("lines.kind." + e.getValue().name() + ".help"));
        });
        code.setId("line-code");
        code.setMaxLength(LineRules.CODE_MAX);
        code.setValueChangeMode(ValueChangeMode.EAGER);
        code.addValueChangeListener(e -> codeTyped |= e.isFromClient());
        field(promptFi, "line-prompt-fi", LineRules.PROMPT_MAX);
        field(promptSv, "line-prompt-sv", LineRules.PROMPT_MAX);
        field(promptEn, "line-prompt-en", LineRules.PROMPT_MAX);
        field(helpFi, "line-help-fi", LineRules.HELP_MAX);
        field(helpSv, "line-help-sv", LineRules.HELP_MAX);
        field(helpEn, "line-help-en", LineRules.HELP_MAX);
        // A new line's code follows its Finnish prompt until the organiser types a code of their own.
        promptFi.addValueChangeListener(e -> suggestCode());
        themed.setId("line-themed");
        themed.setVisible(false);
        save.setId("line-save");
        save.addClassNames("big-button", "primary");
        save.addClickListener(e -> save());
        cancel.setId("line-cancel");
        cancel.addClassName("big-button");
        cancel.addClickListener(e -> closeForm());
        conflict.setId("line-conflict");
        conflict.addClassName("notice");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        Div texts = new Div(promptFi, promptSv, promptEn, helpFi, helpSv, helpEn);
        texts.addClassName("setup-line-texts");
        Div actions = new Div(cancel, save);
        actions.addClassName("row-actions");
        form.setId("line-form");
        form.addClassName("setup-line-form");
        form.add(formHeading, conflict, kind, code, texts, themed, actions);
        form.setVisible(false);
        Div top = new Div(heading, add);
        top.addClassName("staff-top");
        add(top, status, list, form);
    }

    private void field(TextFieldBase<?, String> field, String id, int max) {
        field.setId(id);
        field.addClassName("field");
        // Room past the limit, so that an overlong paste is shown with a message instead of cut silently.
        field.getElement().setProperty("maxlength", max * 2);
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    /** Shows the event's lines; the form closes. */
    public void show(Event event) {
        this.event = event;
        add.setEnabled(true);
        status.setText("");
        closeForm();
        refresh();
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("lines.title"));
        add.setText(getTranslation("lines.new"));
        kind.setLabel(getTranslation("lines.kind"));
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("lines.kind." + k.name()));
        code.setLabel(getTranslation("lines.code"));
        promptFi.setLabel(getTranslation("lines.prompt.fi"));
        promptSv.setLabel(getTranslation("lines.prompt.sv"));
        promptEn.setLabel(getTranslation("lines.prompt.en"));
        helpFi.setLabel(getTranslation("lines.help.fi"));
        helpSv.setLabel(getTranslation("lines.help.sv"));
        helpEn.setLabel(getTranslation("lines.help.en"));
        themed.setLabel(getTranslation("lines.themed"));
        save.setText(getTranslation("action.save"));
        cancel.setText(getTranslation("action.cancel"));
        formHeading.setText(getTranslation(editing == null ? "lines.form.new" : "lines.form.edit"));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        if (event == null) {
            return;
        }
        List<Line> all = lines.active(event.requireId());
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("lines.none"));
            none.setId("lines-none");
            list.add(none);
        }
        for (int i = 0; i < all.size(); i++) {
            list.add(row(all.get(i), i == 0, i == all.size() - 1));
        }
    }

    private Div row(Line line, boolean first, boolean last) {
        String prompt = line.prompt().in(getLocale());
        Span kindName = new Span(getTranslation("lines.kind." + line.kind().name()));
        kindName.addClassName("setup-line-kind");
        Span text = new Span(prompt);
        text.addClassName("setup-line-prompt");
        Span state = new Span(getTranslation(line.accepting() ? "lines.state.open" : "lines.state.closed"));
        state.addClassNames("setup-line-state", line.accepting() ? "setup-line-state--open" : "setup-line-state--closed");
        Div about = new Div(kindName, text, state);
        about.addClassName("setup-line-about");

        Button edit = button("line-edit-", line, getTranslation("lines.edit"), () -> startEdit(line));
        Button up = button("line-up-", line, "↑", () -> move(line, -1));
        up.getElement().setAttribute("aria-label", getTranslation("lines.up", prompt));
        up.setEnabled(!first);
        Button down = button("line-down-", line, "↓", () -> move(line, 1));
        down.getElement().setAttribute("aria-label", getTranslation("lines.down", prompt));
        down.setEnabled(!last);
        Button toggle = button("line-toggle-", line, getTranslation(line.accepting() ? "lines.close" : "lines.open"),
                () -> toggle(line));
        Button remove = button("line-remove-", line, getTranslation("lines.remove"), () -> remove(line));
        Div actions = new Div(edit, up, down, toggle, remove);
        actions.addClassName("row-actions");
        Div row = new Div(about, actions);
        row.setId("line-row-" + line.code());
        row.addClassName("setup-line");
        return row;
    }

    private static Button button(String idPrefix, Line line, String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(idPrefix + line.code());
        return button;
    }

    private void startNew() {
        editing = null;
        codeTyped = false;
        fill(new LineDraft(null, LineKind.ANSWER, null, null, null, null, null, null, false));
        code.setReadOnly(false);
        code.setHelperText(getTranslation("lines.code.help"));
        kind.setReadOnly(false);
        openForm();
    }

    private void startEdit(Line line) {
        editing = line;
        fill(LineDraft.of(line));
        code.setReadOnly(true);
        code.setHelperText(getTranslation("lines.code.fixed"));
        long slips = lines.slipCount(line.requireId());
        kind.setReadOnly(slips > 0);
        if (slips > 0) {
            kind.setHelperText(getTranslation("lines.kind.fixed", slips));
        }
        openForm();
    }

    private void openForm() {
        formHeading.setText(getTranslation(editing == null ? "lines.form.new" : "lines.form.edit"));
        conflict.setVisible(false);
        status.setText("");
        form.setVisible(true);
        kind.focus();
    }

    private void closeForm() {
        form.setVisible(false);
        editing = null;
    }

    private void fill(LineDraft draft) {
        kind.setValue(draft.kind());
        code.setValue(Objects.requireNonNullElse(draft.code(), ""));
        promptFi.setValue(Objects.requireNonNullElse(draft.promptFi(), ""));
        promptSv.setValue(Objects.requireNonNullElse(draft.promptSv(), ""));
        promptEn.setValue(Objects.requireNonNullElse(draft.promptEn(), ""));
        helpFi.setValue(Objects.requireNonNullElse(draft.helpFi(), ""));
        helpSv.setValue(Objects.requireNonNullElse(draft.helpSv(), ""));
        helpEn.setValue(Objects.requireNonNullElse(draft.helpEn(), ""));
        themed.setValue(draft.themed());
        themed.setVisible(draft.kind() == LineKind.ANSWER);
        fields().values().forEach(component -> component.setInvalid(false));
        for (TextFieldBase<?, String> text : List.of(promptFi, promptSv, promptEn, helpFi, helpSv, helpEn)) {
            text.setHelperText("");
        }
    }

    private void suggestCode() {
        if (editing != null || codeTyped || event == null) {
            return;
        }
        code.setValue(promptFi.getValue().isBlank() ? "" : lines.suggestCode(event.requireId(), promptFi.getValue()));
    }

    private LineDraft draft() {
        return new LineDraft(code.getValue(), kind.getValue(), promptFi.getValue(), promptSv.getValue(),
                promptEn.getValue(), helpFi.getValue(), helpSv.getValue(), helpEn.getValue(),
                kind.getValue() == LineKind.ANSWER && themed.getValue());
    }

    private void save() {
        if (event == null) {
            return;
        }
        LineDraft draft = draft();
        Line seen = editing;
        try {
            Line saved = seen == null ? lines.add(event.requireId(), draft) : lines.update(seen, draft);
            closeForm();
            refresh();
            status.setText(getTranslation(seen == null ? "lines.added" : "lines.saved", saved.prompt().in(getLocale())));
        } catch (InvalidLineException e) {
            show(e.problems());
        } catch (OptimisticLockingFailureException e) {
            lines.find(Objects.requireNonNull(seen).requireId()).ifPresentOrElse(this::savedMeanwhile, () -> {
                closeForm();
                refresh();
                status.setText(getTranslation("lines.gone"));
            });
        }
    }

    /**
     * Another organiser saved the line since this one opened it: their values are shown under the fields, what this
     * organiser typed stays in them, and saving again (now based on the newer version) keeps it.
     */
    private void savedMeanwhile(Line newer) {
        editing = newer;
        LineDraft theirs = LineDraft.of(newer);
        conflict.setText(getTranslation("lines.conflict"));
        conflict.setVisible(true);
        newer(promptFi, theirs.promptFi());
        newer(promptSv, theirs.promptSv());
        newer(promptEn, theirs.promptEn());
        newer(helpFi, theirs.helpFi());
        newer(helpSv, theirs.helpSv());
        newer(helpEn, theirs.helpEn());
        if (theirs.kind() != kind.getValue()) {
            kind.setHelperText(getTranslation("lines.conflict.value",
                    getTranslation("lines.kind." + Objects.requireNonNull(theirs.kind()).name())));
        }
        refresh();
    }

    private void newer(TextFieldBase<?, String> field, @Nullable String theirs) {
        String value = Objects.requireNonNullElse(theirs, "");
        field.setHelperText(value.equals(field.getValue().strip()) ? "" : getTranslation("lines.conflict.value",
                value.isEmpty() ? getTranslation("lines.conflict.empty") : value));
    }

    private void show(List<LineProblem> problems) {
        Map<LineField, LineProblem> byField = new EnumMap<>(LineField.class);
        problems.forEach(p -> byField.putIfAbsent(p.field(), p));
        fields().forEach((field, component) -> {
            LineProblem problem = byField.get(field);
            component.setErrorMessage(problem == null ? "" : getTranslation(problem.messageKey(), problem.args().toArray()));
            component.setInvalid(problem != null);
        });
    }

    private Map<LineField, HasValidation> fields() {
        Map<LineField, HasValidation> fields = new EnumMap<>(LineField.class);
        fields.put(LineField.CODE, code);
        fields.put(LineField.KIND, kind);
        fields.put(LineField.PROMPT_FI, promptFi);
        fields.put(LineField.PROMPT_SV, promptSv);
        fields.put(LineField.PROMPT_EN, promptEn);
        fields.put(LineField.HELP_FI, helpFi);
        fields.put(LineField.HELP_SV, helpSv);
        fields.put(LineField.HELP_EN, helpEn);
        return fields;
    }

    private void move(Line line, int step) {
        lines.move(line.requireId(), step);
        refresh();
    }

    private void toggle(Line line) {
        Line changed = lines.setAccepting(line.requireId(), !line.accepting());
        refresh();
        status.setText(getTranslation(changed.accepting() ? "lines.opened" : "lines.closed",
                changed.prompt().in(getLocale())));
    }

    private void remove(Line line) {
        String prompt = line.prompt().in(getLocale());
        long slips = lines.slipCount(line.requireId());
        if (slips > 0) {
            status.setText(getTranslation("lines.in-use", prompt, slips));
            return;
        }
        new Confirmation(getTranslation("lines.remove.title"), getTranslation("lines.remove.text", prompt),
                getTranslation("lines.remove"), () -> {
                    try {
                        lines.remove(line.requireId());
                        status.setText(getTranslation("lines.remove.done", prompt));
                    } catch (LineInUseException e) {
                        status.setText(getTranslation("lines.in-use", prompt, e.slipCount()));
                    }
                    if (editing != null && editing.requireId() == line.requireId()) {
                        closeForm();
                    }
                    refresh();
                }).open();
    }
}
