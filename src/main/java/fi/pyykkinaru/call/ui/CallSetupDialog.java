package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.CallSetups;
import fi.pyykkinaru.call.Criterion;
import fi.pyykkinaru.call.Question;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.LocalizedText;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The organiser's editor of a call: its kind (fixed once proposals came in), when it opens and closes in the event's
 * time zone, its texts and decision messages per language, its questions and its review criteria. Each problem is
 * shown at its field; a save that another organiser beat keeps everything typed. Full screen on a phone.
 */
@SpringComponent
@Scope("prototype")
// The production bundle holds only components it finds from a route; the dialog's own come with it wherever it opens.
@Uses(DateTimePicker.class)
@Uses(RadioButtonGroup.class)
@Uses(IntegerField.class)
@Uses(TextArea.class)
@Uses(Select.class)
@Uses(Checkbox.class)
public class CallSetupDialog extends Dialog {

    final Select<CallKind> kind = new Select<>();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final Paragraph message = new Paragraph();
    final Button save = new Button();
    final Button cancel = new Button();
    @Nullable CallSetupTexts texts;
    @Nullable QuestionsEditor questions;
    @Nullable CriteriaEditor criteria;
    private final CallSetups setups;
    private @Nullable Registration saving;

    CallSetupDialog(CallSetups setups) {
        this.setups = setups;
        setId("call-setup-dialog");
        addClassName("call-setup-dialog");
        setCloseOnOutsideClick(false);
        setDraggable(false);
        kind.setId("call-kind");
        kind.setItems(CallKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("call.setup.kind." + k.name()));
        opens.setId("call-opens");
        closes.setId("call-closes");
        for (DateTimePicker picker : List.of(opens, closes)) {
            picker.setStep(java.time.Duration.ofMinutes(15));
            // Marked in the label: the component's own required flag puts aria-required on its role=group host,
            // which assistive technology does not expect there (axe aria-allowed-attr).
            picker.addValueChangeListener(e -> picker.setInvalid(false));
        }
        message.setId("call-setup-message");
        message.getElement().setAttribute("role", "status");
        save.setId("call-setup-save");
        save.addClassName("primary");
        cancel.setId("call-setup-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /** Opens the editor on a call; {@code saved} gets the call as saved. */
    public void edit(Event event, Call call, Consumer<Call> saved) {
        removeAll();
        ZoneId zone = event.zone();
        List<String> languages = event.locales().stream().map(Locale::getLanguage).toList();
        boolean proposals = call.id() != null && setups.hasProposals(call.requireId());
        setHeaderTitle(getTranslation("call.setup.title", event.name(getLocale())));
        kind.setLabel(getTranslation("call.setup.kind"));
        kind.setValue(call.kind());
        kind.setReadOnly(proposals);
        kind.setHelperText(proposals ? getTranslation("call.setup.kind.fixed") : null);
        opens.setLabel(getTranslation("call.setup.opens") + " *");
        closes.setLabel(getTranslation("call.setup.closes") + " *");
        opens.setHelperText(getTranslation("call.setup.zone", zone.getId()));
        closes.setHelperText(getTranslation("call.setup.zone", zone.getId()));
        opens.setValue(LocalDateTime.ofInstant(call.opensAt(), zone).truncatedTo(ChronoUnit.MINUTES));
        closes.setValue(LocalDateTime.ofInstant(call.closesAt(), zone).truncatedTo(ChronoUnit.MINUTES));
        message.setText("");
        save.setText(getTranslation("call.setup.save"));
        cancel.setText(getTranslation("action.cancel"));
        texts = new CallSetupTexts(call);
        questions = new QuestionsEditor(call.questions(), languages,
                q -> call.id() == null ? 0 : setups.answers(call.requireId(), q));
        criteria = new CriteriaEditor(call.criteria(), languages);
        Div times = new Div(kind, opens, closes);
        times.addClassName("call-setup-times");
        Div content = new Div(message, times, texts, questions, criteria);
        content.addClassName("call-setup-content");
        add(content);
        if (saving != null) {
            saving.remove();
        }
        saving = save.addClickListener(e -> save(event, call, saved));
        open();
    }

    private void save(Event event, Call call, Consumer<Call> saved) {
        Call edited = edited(event, call);
        if (edited == null) {
            message.setText(getTranslation("call.setup.error.fix"));
            return;
        }
        try {
            Call stored = setups.save(edited);
            close();
            saved.accept(stored);
        } catch (OptimisticLockingFailureException e) {
            // Everything typed stays in the dialog: the organiser copies what matters, then reopens the call.
            message.setText(getTranslation("call.setup.conflict"));
        }
    }

    /** The call as edited, or null after marking every problem at its field. */
    @Nullable Call edited(Event event, Call call) {
        CallSetupTexts texts = java.util.Objects.requireNonNull(this.texts);
        QuestionsEditor questions = java.util.Objects.requireNonNull(this.questions);
        CriteriaEditor criteria = java.util.Objects.requireNonNull(this.criteria);
        boolean[] ok = {true};
        if (questions.editingOpen() && !questions.apply()) {
            ok[0] = false;
        }
        LocalDateTime from = opens.getValue();
        LocalDateTime to = closes.getValue();
        if (from == null) {
            fail(opens, "call.setup.error.time", ok);
        }
        if (to == null) {
            fail(closes, "call.setup.error.time", ok);
        } else if (from != null && !to.isAfter(from)) {
            fail(closes, "call.setup.error.closes-before", ok);
        }
        LocalizedText intro = texts.text("intro", ok);
        LocalizedText terms = texts.text("terms", ok);
        LocalizedText chosen = texts.text("chosen", ok);
        LocalizedText declined = texts.text("declined", ok);
        List<Criterion> scored = criteria.criteria();
        List<Question> asked = questions.questions();
        if (scored == null || !ok[0] || from == null || to == null) {
            return null;
        }
        ZoneId zone = event.zone();
        CallKind chosenKind = kind.getValue() == null ? call.kind() : kind.getValue();
        return new Call(call.id(), call.eventId(), chosenKind, from.atZone(zone).toInstant(),
                to.atZone(zone).toInstant(), intro, terms, chosen, declined, asked, scored, call.version());
    }

    private void fail(DateTimePicker field, String key, boolean[] ok) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        ok[0] = false;
    }
}
