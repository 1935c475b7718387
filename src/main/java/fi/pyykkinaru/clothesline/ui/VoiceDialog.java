package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.pyykkinaru.clothesline.PracticeSearch.Found;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.SlipVoices;
import java.util.function.Consumer;

/**
 * "Already here? Add your voice to it": the practice the visitor chose from what matched, a comment if they like, and
 * the +1. A catalogue entry may instead become what the visitor's own report is about. After the +1 the dialog thanks
 * and the visit ends as after a slip.
 */
class VoiceDialog extends Dialog {

    final H2 title = new H2();
    final Paragraph where = new Paragraph();
    final TextArea comment = new TextArea();
    final Button plusOne = new Button();
    final Button link = new Button();
    final Button back = new Button();
    final Paragraph thanks = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Button done = new Button();
    private final Div asking;
    private final Div thanked;

    /** {@code onPlusOne} saves the voice with the comment typed; {@code onLink} is for catalogue entries only. */
    VoiceDialog(Found found, Consumer<String> onPlusOne, Runnable onLink, Runnable onDone) {
        setId("voice-dialog");
        addClassName("voice-dialog");
        setCloseOnOutsideClick(false);
        setMaxWidth("min(48rem, 96vw)");
        getElement().setAttribute("aria-label", found.title());
        title.setText(found.title());
        title.addClassName("voice-title");
        where.setText(getTranslation(found.kind() == Found.Kind.CATALOGUE ? "slip.already.catalogue"
                : "slip.already.line") + (found.organisation() == null ? "" : " · " + found.organisation())
                + (found.voices() > 0 ? " · " + getTranslation("slip.voices.count", found.voices()) : ""));
        where.addClassName("voice-where");
        comment.setId("slip-voice-comment");
        comment.addClassName("field");
        comment.setLabel(getTranslation("voice.comment"));
        comment.getElement().setProperty("maxlength", SlipVoices.COMMENT_MAX * 2);
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.setHelperText("0 / " + SlipVoices.COMMENT_MAX);
        comment.addValueChangeListener(e -> comment.setHelperText(
                e.getValue().codePointCount(0, e.getValue().length()) + " / " + SlipVoices.COMMENT_MAX));
        plusOne.setId("slip-plus-one");
        plusOne.addClassNames("big-button", "primary");
        plusOne.setText(getTranslation("voice.plus-one"));
        plusOne.addClickListener(e -> onPlusOne.accept(comment.getValue()));
        link.setId("slip-link-entry");
        link.addClassName("big-button");
        link.setText(getTranslation("voice.link"));
        link.addClickListener(e -> {
            close();
            onLink.run();
        });
        link.setVisible(found.kind() == Found.Kind.CATALOGUE);
        back.setId("slip-voice-back");
        back.addClassName("big-button");
        back.setText(getTranslation("voice.back"));
        back.addClickListener(e -> close());
        problem.setId("slip-voice-problem");
        problem.addClassName("field-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Div actions = new Div(back, link, plusOne);
        actions.addClassName("voice-actions");
        asking = new Div(where, comment, problem, actions);
        thanks.setId("slip-voice-thanks");
        thanks.addClassName("voice-thanks");
        done.setId("slip-voice-done");
        done.addClassNames("big-button", "primary");
        done.setText(getTranslation("write.back"));
        done.addClickListener(e -> onDone.run());
        thanked = new Div(thanks, done);
        thanked.addClassName("voice-thanked");
        thanked.setVisible(false);
        add(title, asking, thanked);
    }

    void thanked(long voices, SlipStatus commentStatus) {
        thanks.setText(getTranslation("voice.thanks", voices)
                + (commentStatus == SlipStatus.HELD ? " " + getTranslation("voice.thanks.held") : ""));
        asking.setVisible(false);
        thanked.setVisible(true);
    }

    void failed(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
