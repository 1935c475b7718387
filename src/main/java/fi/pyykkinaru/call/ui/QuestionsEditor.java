package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.call.Question;
import fi.pyykkinaru.call.QuestionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A call's questions in the order applicants see them: added, edited in {@link QuestionForm}, moved up and down
 * with buttons (no dragging on a touch screen), marked required, dropped. Nothing is stored until the call is saved;
 * dropping a question that proposals have answered asks first, as saving would then hide their answers.
 */
class QuestionsEditor extends Div {

    final H3 heading = new H3();
    final Div list = new Div();
    final Button add = new Button();
    final QuestionForm form;
    private final List<Question> questions = new ArrayList<>();
    // Keys given out in this editor or saved before: a new question never takes over a dropped one's answers.
    private final java.util.Set<String> usedKeys = new java.util.HashSet<>();
    private final ToLongFunction<Question> answers;
    /** The key of the question in the form; null while the form edits a new one or is closed. */
    private @Nullable String editing;

    /** {@code answers}: how many proposals answer a question already. */
    QuestionsEditor(List<Question> initial, List<String> languages, ToLongFunction<Question> answers) {
        this.answers = answers;
        questions.addAll(initial);
        initial.forEach(q -> usedKeys.add(q.key()));
        setId("call-questions");
        addClassName("call-setup-section");
        heading.setText(getTranslation("call.setup.questions"));
        list.addClassName("call-setup-list");
        add.setId("call-question-add");
        add.setText(getTranslation("call.setup.question.add"));
        add.addClickListener(e -> edit(null));
        form = new QuestionForm(languages);
        form.setVisible(false);
        form.done.addClickListener(e -> apply());
        form.cancel.addClickListener(e -> closeForm());
        add(heading, list, add, form);
        refresh();
    }

    List<Question> questions() {
        return List.copyOf(questions);
    }

    /** Whether the form is open: its question must be applied or cancelled before the call is saved. */
    boolean editingOpen() {
        return form.isVisible();
    }

    /** Applies the open form; false if it has problems (shown at its fields). */
    boolean apply() {
        String key = editing != null ? editing : newKey();
        boolean contactTaken = questions.stream()
                .anyMatch(q -> q.kind() == QuestionKind.CONTACT && !q.key().equals(key));
        Question question = form.question(key, contactTaken);
        if (question == null) {
            return false;
        }
        int at = indexOf(key);
        if (at < 0) {
            usedKeys.add(key);
            questions.add(question);
        } else {
            questions.set(at, question);
        }
        closeForm();
        return true;
    }

    private void edit(@Nullable Question question) {
        editing = question == null ? null : question.key();
        form.show(question);
        form.setVisible(true);
        add.setVisible(false);
        java.util.Objects.requireNonNull(form.labels.get("fi")).focus();
    }

    private void closeForm() {
        form.setVisible(false);
        add.setVisible(true);
        editing = null;
        refresh();
    }

    private void move(Question question, int by) {
        int at = indexOf(question.key());
        int to = at + by;
        if (at < 0 || to < 0 || to >= questions.size()) {
            return;
        }
        questions.set(at, questions.get(to));
        questions.set(to, question);
        refresh();
    }

    private void askToDrop(Question question) {
        long answered = answers.applyAsLong(question);
        if (answered == 0) {
            drop(question);
            return;
        }
        String label = question.label().in(getLocale());
        new Confirmation(getTranslation("call.setup.question.remove.title"),
                getTranslation("call.setup.question.remove.text", answered, label),
                getTranslation("call.setup.question.remove"), () -> drop(question)).open();
    }

    private void drop(Question question) {
        questions.removeIf(q -> q.key().equals(question.key()));
        if (question.key().equals(editing)) {
            closeForm();
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        if (questions.isEmpty()) {
            list.add(new Paragraph(getTranslation("call.setup.questions.none")));
        }
        for (int i = 0; i < questions.size(); i++) {
            list.add(row(questions.get(i), i));
        }
    }

    private Div row(Question question, int index) {
        String key = question.key();
        Span number = new Span((index + 1) + ".");
        number.addClassName("call-setup-number");
        Span label = new Span(question.label().in(getLocale()));
        label.addClassName("call-setup-label");
        Span facts = new Span(getTranslation("call.setup.question.kind." + question.kind().name())
                + (question.required() ? " · " + getTranslation("call.setup.question.required-mark") : ""));
        facts.addClassName("call-setup-facts");
        Div text = new Div(label, facts);
        text.addClassName("call-setup-text");
        Button up = button("call-question-up-" + key, "↑", getTranslation("call.setup.up", label.getText()));
        up.setEnabled(index > 0);
        up.addClickListener(e -> move(question, -1));
        Button down = button("call-question-down-" + key, "↓", getTranslation("call.setup.down", label.getText()));
        down.setEnabled(index < questions.size() - 1);
        down.addClickListener(e -> move(question, 1));
        Button edit = button("call-question-edit-" + key, getTranslation("call.setup.question.edit"),
                getTranslation("call.setup.question.edit.label", label.getText()));
        edit.addClickListener(e -> edit(question));
        Button drop = button("call-question-remove-" + key, getTranslation("call.setup.question.remove"),
                getTranslation("call.setup.question.remove.label", label.getText()));
        drop.addClassName("danger-outline");
        drop.addClickListener(e -> askToDrop(question));
        Div buttons = new Div(up, down, edit, drop);
        buttons.addClassName("call-setup-row-buttons");
        Div row = new Div(number, text, buttons);
        row.setId("call-question-" + key);
        row.addClassName("call-setup-row");
        return row;
    }

    private static Button button(String id, String text, String ariaLabel) {
        Button button = new Button(text);
        button.setId(id);
        button.setAriaLabel(ariaLabel);
        return button;
    }

    private int indexOf(String key) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** A key no question of this call has had in this editor: q-1, q-2, … */
    private String newKey() {
        int n = 1;
        while (usedKeys.contains("q-" + n)) {
            n++;
        }
        return "q-" + n;
    }
}
