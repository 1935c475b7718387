package fi.pyykkinaru.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/**
 * The one question staff and organisers answer before anything is deleted, erased, hidden, cancelled or purged
 * (and before a second print): it says what will go, in numbers, and nothing happens unless they press OK.
 * Cancel has the focus, so a stray Enter or a second tap does nothing. For what cannot be taken back, OK stays
 * disabled until the translated confirm word ({@code confirm.word}) is typed. Ids are the contract the tests
 * and the end-to-end tests rely on: {@value #DIALOG}, {@value #OK}, {@value #CANCEL}, {@value #WORD}.
 */
public class Confirmation extends Dialog {

    public static final String DIALOG = "confirm-dialog";
    public static final String OK = "confirm-ok";
    public static final String CANCEL = "confirm-cancel";
    public static final String WORD = "confirm-word";

    final Paragraph question = new Paragraph();
    final UnorderedList losses = new UnorderedList();
    final TextField word = new TextField();
    final Button ok = new Button();
    final Button cancel = new Button();
    private final Runnable action;
    private boolean irreversible;

    /**
     * A question with its OK button's words (a verb: "Hide", "Erase", not "OK") and what OK does. The OK button
     * is styled as danger: call {@link #notDestructive()} for a question whose answer destroys nothing.
     */
    public Confirmation(String title, String text, String okLabel, Runnable action) {
        this.action = action;
        setId(DIALOG);
        addClassName("confirm-dialog");
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        // Fits a 390 px phone as well as the stand: long OK words wrap instead of pushing the dialog off screen.
        setMaxWidth("min(40rem, 96vw)");
        getElement().setAttribute("aria-label", title);
        question.setId("confirm-text");
        question.setText(text);
        losses.setId("confirm-losses");
        losses.addClassName("confirm-losses");
        losses.setVisible(false);
        word.setId(WORD);
        word.setVisible(false);
        word.setValueChangeMode(ValueChangeMode.EAGER);
        word.addValueChangeListener(e -> ok.setEnabled(wordTyped()));
        word.getElement().setAttribute("autocomplete", "off");
        word.getElement().setAttribute("spellcheck", "false");
        ok.setId(OK);
        ok.setText(okLabel);
        ok.addClassName("danger");
        ok.addClickListener(e -> confirm());
        cancel.setId(CANCEL);
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClassName("confirm-cancel");
        cancel.addClickListener(e -> close());
        // Focus on cancel when the dialog opens: the safe answer is the default one.
        cancel.getElement().setAttribute("autofocus", "");
        add(question, losses, word);
        getFooter().add(cancel, ok);
    }

    /** What will go, one line each with its count ("3 registrations and their badges"). */
    public Confirmation losing(List<String> lines) {
        losses.removeAll();
        lines.forEach(line -> losses.add(new ListItem(line)));
        losses.setVisible(!lines.isEmpty());
        return this;
    }

    /** It cannot be taken back: OK waits for the confirm word, shown in the field's label. */
    public Confirmation irreversible() {
        irreversible = true;
        String confirmWord = confirmWord();
        word.setLabel(getTranslation("confirm.word.label", confirmWord));
        word.setPlaceholder(confirmWord);
        word.setVisible(true);
        word.setRequiredIndicatorVisible(true);
        ok.setEnabled(false);
        return this;
    }

    /** A question whose OK destroys nothing (print again): OK is an ordinary primary button. */
    public Confirmation notDestructive() {
        ok.removeClassName("danger");
        ok.addClassName("primary");
        return this;
    }

    /** The safe answer in the asker's words, where a plain "Cancel" would be unclear ("Keep writing"). */
    public Confirmation cancelLabel(String label) {
        cancel.setText(label);
        return this;
    }

    public boolean isIrreversible() {
        return irreversible;
    }

    @Override
    public void open() {
        super.open();
        cancel.focus();
    }

    private void confirm() {
        if (irreversible && !wordTyped()) {
            return;
        }
        close();
        action.run();
    }

    private boolean wordTyped() {
        // Case does not matter: the word proves intent, not typing skill.
        return word.getValue().strip().equalsIgnoreCase(confirmWord());
    }

    private String confirmWord() {
        return getTranslation("confirm.word");
    }
}
