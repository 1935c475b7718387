package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.text.PlainText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Adding or editing one session; problems show next to their fields and nothing typed is lost. */
class SessionDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField room = new TextField();
    final TextField responsible = new TextField();
    final TextField email = new TextField();
    final TextField organisation = new TextField();
    final Select<SessionOrigin> origin = new Select<>();
    final Select<String> language = new Select<>();
    final Button save = new Button();
    private final @Nullable Session editing;
    private final long eventId;
    private final ZoneId zone;
    private final Consumer<Session> onSave;

    SessionDialog(@Nullable Session editing, long eventId, LocalDate defaultDay, ZoneId zone, Consumer<Session> onSave) {
        this.editing = editing;
        this.eventId = eventId;
        this.zone = zone;
        this.onSave = onSave;
        setId("session-dialog");
        setHeaderTitle(getTranslation(editing == null ? "admin.programme.add" : "admin.programme.edit"));
        title.setId("session-title");
        title.setLabel(getTranslation("session.title"));
        title.getElement().setProperty("maxlength", 400);
        description.setLabel(getTranslation("session.description"));
        description.getElement().setProperty("maxlength", 4000);
        date.setLabel(getTranslation("session.date"));
        date.setLocale(getLocale());
        start.setLabel(getTranslation("session.start"));
        end.setLabel(getTranslation("session.end"));
        room.setLabel(getTranslation("session.room"));
        responsible.setLabel(getTranslation("session.responsible"));
        email.setLabel(getTranslation("session.email"));
        organisation.setLabel(getTranslation("session.organisation"));
        origin.setLabel(getTranslation("session.origin"));
        origin.setItems(SessionOrigin.values());
        origin.setItemLabelGenerator(o -> getTranslation("origin." + o.name()));
        language.setLabel(getTranslation("session.language"));
        language.setItems(List.of("fi", "sv", "en"));
        language.setItemLabelGenerator(l -> Locale.of(l).getDisplayLanguage(getLocale()));
        for (TextField field : List.of(room, responsible, email, organisation)) {
            field.getElement().setProperty("maxlength", 200);
        }
        if (editing == null) {
            date.setValue(defaultDay);
            origin.setValue(SessionOrigin.ORGANISER);
            language.setValue("fi");
        } else {
            title.setValue(editing.title());
            description.setValue(orEmpty(editing.description()));
            date.setValue(editing.startsAt().atZone(zone).toLocalDate());
            start.setValue(editing.startsAt().atZone(zone).toLocalTime());
            end.setValue(editing.endsAt().atZone(zone).toLocalTime());
            room.setValue(orEmpty(editing.room()));
            responsible.setValue(orEmpty(editing.responsibleName()));
            email.setValue(orEmpty(editing.responsibleEmail()));
            organisation.setValue(orEmpty(editing.organisation()));
            origin.setValue(editing.origin());
            language.setValue(editing.language());
        }
        FormLayout form = new FormLayout(title, description, date, start, end, room, responsible, email, organisation,
                origin, language);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        save.setId("session-save");
        save.setText(getTranslation("action.save"));
        save.addClassNames("big-button", "primary");
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("big-button");
        getFooter().add(cancel, save);
    }

    private void save() {
        boolean titleMissing = title.getValue().isBlank();
        title.setInvalid(titleMissing);
        title.setErrorMessage(titleMissing ? getTranslation("session.error.title") : "");
        LocalTime from = start.getValue();
        LocalTime to = end.getValue();
        boolean timesBad = date.getValue() == null || from == null || to == null || to.isBefore(from);
        end.setInvalid(timesBad);
        end.setErrorMessage(timesBad ? getTranslation("session.error.times") : "");
        boolean emailBad = !email.getValue().isBlank() && !PlainText.isPlausibleEmail(email.getValue());
        email.setInvalid(emailBad);
        email.setErrorMessage(emailBad ? getTranslation("session.error.email") : "");
        if (titleMissing || timesBad || emailBad) {
            return;
        }
        Session session = new Session(editing == null ? null : editing.id(), eventId,
                editing == null ? SessionTokens.next() : editing.token(), title.getValue().strip(),
                blankToNull(description.getValue()), date.getValue().atTime(from).atZone(zone).toInstant(),
                date.getValue().atTime(to).atZone(zone).toInstant(), blankToNull(room.getValue()),
                blankToNull(responsible.getValue()), blankToNull(email.getValue()), blankToNull(organisation.getValue()),
                origin.getValue() == null ? SessionOrigin.ORGANISER : origin.getValue(),
                language.getValue() == null ? "fi" : language.getValue(), editing == null ? 0 : editing.version());
        onSave.accept(session);
        close();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
