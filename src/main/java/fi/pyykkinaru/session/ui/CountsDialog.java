package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import java.util.EnumMap;
import java.util.Map;

/** Staff enter how many paper or remote answers each choice got; results mark them as counted by staff. */
class CountsDialog extends Dialog {

    final Select<Channel> channel = new Select<>();
    final Map<Score, IntegerField> counts = new EnumMap<>(Score.class);
    final Button save = new Button();

    CountsDialog(Session session, Feedback feedback, Runnable onSaved) {
        setId("counts-dialog");
        setHeaderTitle(getTranslation("counts.title", session.title()));
        channel.setLabel(getTranslation("counts.channel"));
        channel.setItems(Channel.PAPER, Channel.REMOTE);
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        channel.setValue(Channel.PAPER);
        Div fields = new Div(channel);
        fields.addClassName("counts-fields");
        for (Score score : Score.values()) {
            IntegerField field = new IntegerField(score.signed() + " " + getTranslation(score.labelKey()));
            field.setId("count-" + score.testId().substring(5));
            field.setMin(0);
            field.setMax(100_000);
            field.setStepButtonsVisible(true);
            field.setErrorMessage(getTranslation("counts.error"));
            counts.put(score, field);
            fields.add(field);
        }
        add(fields);
        save.setId("counts-save");
        save.setText(getTranslation("action.save"));
        save.addClassNames("big-button", "primary");
        save.addClickListener(e -> {
            boolean valid = counts.values().stream().allMatch(f -> !f.isInvalid()
                    && (f.getValue() == null || (f.getValue() >= 0 && f.getValue() <= 100_000)));
            if (!valid) {
                return;
            }
            counts.forEach((score, field) -> feedback.count(session, channel.getValue(), score,
                    field.getValue() == null ? 0 : field.getValue()));
            onSaved.run();
            close();
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("big-button");
        getFooter().add(cancel, save);
    }
}
