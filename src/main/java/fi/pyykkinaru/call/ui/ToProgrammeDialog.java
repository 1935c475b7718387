package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.call.Question;
import fi.pyykkinaru.call.QuestionKind;
import fi.pyykkinaru.call.ScheduledSession;
import fi.pyykkinaru.call.Scheduling;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.session.Session;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A chosen session proposal onto the programme: its title and description come from the proposal, the organiser
 * gives the day, time and room (in the event's time zone). Shown again, it moves the session it became.
 */
class ToProgrammeDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField room = new TextField();
    final Select<String> language = new Select<>();
    final Button save = new Button();

    ToProgrammeDialog(Event event, Call call, Proposal proposal, Scheduling scheduling, Runnable done) {
        setId("to-programme-dialog");
        setMaxWidth("min(48rem, 96vw)");
        setHeaderTitle(getTranslation("call.board.programme.title"));
        ZoneId zone = event.zone();
        title.setId("programme-title");
        title.setLabel(getTranslation("session.title"));
        title.setMaxLength(400);
        description.setId("programme-description");
        description.setLabel(getTranslation("session.description"));
        description.setMaxLength(4000);
        date.setId("programme-date");
        date.setLabel(getTranslation("session.date"));
        date.setLocale(getLocale());
        start.setId("programme-start");
        start.setLabel(getTranslation("session.start"));
        end.setId("programme-end");
        end.setLabel(getTranslation("session.end"));
        room.setId("programme-room");
        room.setLabel(getTranslation("session.room"));
        room.setMaxLength(200);
        language.setId("programme-language");
        language.setLabel(getTranslation("session.language"));
        language.setItems(event.locales().stream().map(Locale::getLanguage).toList());
        language.setItemLabelGenerator(l -> Locale.of(l).getDisplayLanguage(getLocale()));
        Optional<Session> existing = scheduling.session(proposal);
        if (existing.isPresent()) {
            Session s = existing.get();
            title.setValue(s.title());
            description.setValue(s.description() == null ? "" : s.description());
            date.setValue(s.startsAt().atZone(zone).toLocalDate());
            start.setValue(s.startsAt().atZone(zone).toLocalTime());
            end.setValue(s.endsAt().atZone(zone).toLocalTime());
            room.setValue(s.room() == null ? "" : s.room());
            language.setValue(s.language());
        } else {
            title.setValue(proposal.title() == null ? "" : proposal.title());
            description.setValue(firstLongAnswer(call, proposal));
            date.setValue(event.startsOn());
            language.setValue(event.locales().stream().map(Locale::getLanguage)
                    .filter(proposal.language()::equals).findFirst().orElse(event.locales().getFirst().getLanguage()));
        }
        FormLayout form = new FormLayout(title, description, date, start, end, room, language);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        save.setId("programme-save");
        save.addClassNames("big-button", "primary");
        save.setText(getTranslation(existing.isPresent() ? "call.board.programme.move" : "call.board.programme.save"));
        save.addClickListener(e -> save(proposal, zone, scheduling, done));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("big-button");
        getFooter().add(cancel, save);
    }

    static String firstLongAnswer(Call call, Proposal proposal) {
        return call.questions().stream().filter(q -> q.kind() == QuestionKind.LONG_TEXT).map(Question::key)
                .map(proposal::answer).filter(a -> !a.isBlank()).findFirst().orElse("");
    }

    private void save(Proposal proposal, ZoneId zone, Scheduling scheduling, Runnable done) {
        boolean titleMissing = title.getValue().isBlank();
        title.setInvalid(titleMissing);
        title.setErrorMessage(titleMissing ? getTranslation("session.error.title") : "");
        LocalTime from = start.getValue();
        LocalTime to = end.getValue();
        boolean timesBad = date.getValue() == null || from == null || to == null || !to.isAfter(from);
        end.setInvalid(timesBad);
        end.setErrorMessage(timesBad ? getTranslation("session.error.times") : "");
        if (titleMissing || timesBad) {
            return;
        }
        scheduling.toProgramme(proposal.requireId(), new ScheduledSession(title.getValue().strip(),
                blankToNull(description.getValue()), date.getValue().atTime(from).atZone(zone).toInstant(),
                date.getValue().atTime(to).atZone(zone).toInstant(), blankToNull(room.getValue()),
                language.getValue() == null ? "fi" : language.getValue()));
        close();
        done.run();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
