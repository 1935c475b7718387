package fi.pyykkinaru.setup;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.EventDraft;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.InvalidEventException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Copying an event asks only what the copy cannot take from the original: its names, slug and dates (next year by
 * default). A problem is shown at its field and the dialog stays open with what was typed.
 */
class CopyDialog extends Dialog {

    final TextField nameFi = new TextField();
    final TextField nameSv = new TextField();
    final TextField nameEn = new TextField();
    final TextField slug = new TextField();
    final DatePicker starts = new DatePicker();
    final DatePicker ends = new DatePicker();
    final Paragraph message = new Paragraph();
    final Button ok = new Button();
    final Button cancel = new Button();
    private final Event original;
    private final Events events;
    private final Consumer<Event> copied;

    CopyDialog(Event original, Events events, Consumer<Event> copied) {
        this.original = original;
        this.events = events;
        this.copied = copied;
        setId("event-copy-dialog");
        setHeaderTitle(getTranslation("events.copy.title", original.name(getLocale())));
        setCloseOnOutsideClick(false);
        setMaxWidth("min(40rem, 96vw)");
        nameFi.setId("copy-name-fi");
        nameFi.setLabel(getTranslation("events.name-fi"));
        nameFi.setRequired(true);
        nameFi.setValue(original.name());
        nameSv.setId("copy-name-sv");
        nameSv.setLabel(getTranslation("events.name-sv"));
        nameSv.setValue(original.nameSv() == null ? "" : original.nameSv());
        nameEn.setId("copy-name-en");
        nameEn.setLabel(getTranslation("events.name-en"));
        nameEn.setValue(original.nameEn() == null ? "" : original.nameEn());
        slug.setId("copy-slug");
        slug.setLabel(getTranslation("events.slug"));
        slug.setHelperText(getTranslation("events.slug.help"));
        slug.setRequired(true);
        starts.setId("copy-starts");
        starts.setLabel(getTranslation("events.starts"));
        starts.setValue(original.startsOn().plusYears(1));
        ends.setId("copy-ends");
        ends.setLabel(getTranslation("events.ends"));
        ends.setValue(original.endsOn().plusYears(1));
        message.setId("copy-message");
        message.getElement().setAttribute("role", "status");
        message.setText(getTranslation("events.copy.text"));
        ok.setId("copy-ok");
        ok.setText(getTranslation("events.copy.ok"));
        ok.addClassName("primary");
        ok.addClickListener(e -> copy());
        cancel.setId("copy-cancel");
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        for (HasValidation field : fields().values()) {
            ((com.vaadin.flow.component.HasValue<?, ?>) field).addValueChangeListener(e -> field.setInvalid(false));
        }
        com.vaadin.flow.component.html.Div fields = new com.vaadin.flow.component.html.Div(message, nameFi, nameSv,
                nameEn, slug, starts, ends);
        fields.addClassName("event-fields");
        add(fields);
        getFooter().add(cancel, ok);
    }

    private void copy() {
        if (starts.getValue() == null || ends.getValue() == null) {
            (starts.getValue() == null ? starts : ends).setErrorMessage(
                    getTranslation(starts.getValue() == null ? "event.error.starts" : "event.error.ends"));
            (starts.getValue() == null ? starts : ends).setInvalid(true);
            return;
        }
        try {
            Event copy = events.copy(original.requireId(), slug.getValue().strip(), nameFi.getValue(),
                    nameSv.getValue(), nameEn.getValue(), starts.getValue(), ends.getValue());
            close();
            copied.accept(copy);
        } catch (InvalidEventException invalid) {
            Map<String, HasValidation> fields = fields();
            for (EventDraft.Problem problem : invalid.problems()) {
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(problem.key(), problem.args().toArray()));
                    field.setInvalid(true);
                }
            }
            message.setText(getTranslation("events.error.fix", invalid.problems().size()));
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("names/fi", nameFi, "names/sv", nameSv, "names/en", nameEn, "slug", slug, "startsOn", starts,
                "endsOn", ends);
    }
}
