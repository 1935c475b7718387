package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.call.ScheduledSlot;
import fi.pyykkinaru.call.Scheduling;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineRules;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSlot;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A chosen takeover onto a stand: which stand and when, the network's name the screens show, and its line: a new
 * question line from the question the network proposed, one of the event's question lines, or the stand's own.
 */
class ToStandDialog extends Dialog {

    enum LineChoice { NEW, EXISTING, STAND }

    final Select<Stand> stand = new Select<>();
    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField network = new TextField();
    final RadioButtonGroup<LineChoice> lineChoice = new RadioButtonGroup<>();
    final TextField newLine = new TextField();
    final Select<Line> existingLine = new Select<>();
    final Button save = new Button();

    ToStandDialog(Event event, Proposal proposal, Scheduling scheduling, Runnable done) {
        setId("to-stand-dialog");
        setMaxWidth("min(48rem, 96vw)");
        setHeaderTitle(getTranslation("call.board.stand.title"));
        ZoneId zone = event.zone();
        stand.setId("stand-slot-stand");
        stand.setLabel(getTranslation("call.board.stand.stand"));
        List<Stand> stands = scheduling.stands(event.requireId());
        stand.setItems(stands);
        stand.setItemLabelGenerator(Stand::name);
        date.setId("stand-slot-date");
        date.setLabel(getTranslation("session.date"));
        date.setLocale(getLocale());
        start.setId("stand-slot-start");
        start.setLabel(getTranslation("session.start"));
        end.setId("stand-slot-end");
        end.setLabel(getTranslation("session.end"));
        network.setId("stand-slot-network");
        network.setLabel(getTranslation("call.board.stand.network"));
        network.setMaxLength(StandSlot.MAX_NETWORK_NAME);
        lineChoice.setId("stand-slot-line-choice");
        lineChoice.setLabel(getTranslation("call.board.stand.line"));
        lineChoice.setItems(LineChoice.values());
        lineChoice.setItemLabelGenerator(c -> getTranslation("call.board.stand.line." + c.name().toLowerCase(java.util.Locale.ROOT)));
        newLine.setId("stand-slot-new-line");
        newLine.setLabel(getTranslation("call.board.stand.new-line"));
        newLine.setMaxLength(LineRules.PROMPT_MAX);
        existingLine.setId("stand-slot-existing-line");
        existingLine.setLabel(getTranslation("call.board.stand.existing-line"));
        existingLine.setItems(scheduling.questionLines(event.requireId()));
        existingLine.setItemLabelGenerator(l -> l.prompt().in(getLocale()));
        lineChoice.addValueChangeListener(e -> showLineFields());
        Optional<StandSlot> existing = scheduling.slot(proposal);
        if (existing.isPresent()) {
            StandSlot slot = existing.get();
            stands.stream().filter(s -> s.requireId() == slot.standId()).findFirst().ifPresent(stand::setValue);
            date.setValue(slot.startsAt().atZone(zone).toLocalDate());
            start.setValue(slot.startsAt().atZone(zone).toLocalTime());
            end.setValue(slot.endsAt().atZone(zone).toLocalTime());
            network.setValue(slot.networkName());
            Optional<Line> line = scheduling.questionLines(event.requireId()).stream()
                    .filter(l -> l.code().equals(slot.lineCode())).findFirst();
            line.ifPresent(existingLine::setValue);
            lineChoice.setValue(line.isPresent() ? LineChoice.EXISTING : LineChoice.STAND);
        } else {
            if (stands.size() == 1) {
                stand.setValue(stands.getFirst());
            }
            date.setValue(event.startsOn());
            network.setValue(proposal.answer("network"));
            String question = proposal.answer("line-question").strip();
            newLine.setValue(question);
            lineChoice.setValue(question.isEmpty() ? LineChoice.STAND : LineChoice.NEW);
        }
        showLineFields();
        if (stands.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("call.board.stand.none"));
            none.setId("stand-slot-no-stands");
            add(none);
        }
        FormLayout form = new FormLayout(stand, network, date, start, end, lineChoice, newLine, existingLine);
        form.setColspan(lineChoice, 2);
        form.setColspan(newLine, 2);
        form.setColspan(existingLine, 2);
        add(form);
        save.setId("stand-slot-save");
        save.addClassNames("big-button", "primary");
        save.setText(getTranslation("call.board.stand.save"));
        save.addClickListener(e -> save(proposal, zone, scheduling, done));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("big-button");
        getFooter().add(cancel, save);
    }

    private void showLineFields() {
        newLine.setVisible(lineChoice.getValue() == LineChoice.NEW);
        existingLine.setVisible(lineChoice.getValue() == LineChoice.EXISTING);
    }

    private void save(Proposal proposal, ZoneId zone, Scheduling scheduling, Runnable done) {
        boolean standMissing = stand.getValue() == null;
        stand.setInvalid(standMissing);
        stand.setErrorMessage(standMissing ? getTranslation("call.board.stand.error.stand") : "");
        boolean networkMissing = network.getValue().isBlank();
        network.setInvalid(networkMissing);
        network.setErrorMessage(networkMissing ? getTranslation("call.board.stand.error.network") : "");
        LocalTime from = start.getValue();
        LocalTime to = end.getValue();
        boolean timesBad = date.getValue() == null || from == null || to == null || !to.isAfter(from);
        end.setInvalid(timesBad);
        end.setErrorMessage(timesBad ? getTranslation("session.error.times") : "");
        LineChoice choice = lineChoice.getValue() == null ? LineChoice.STAND : lineChoice.getValue();
        boolean lineMissing = (choice == LineChoice.NEW && newLine.getValue().isBlank())
                || (choice == LineChoice.EXISTING && existingLine.getValue() == null);
        newLine.setInvalid(choice == LineChoice.NEW && lineMissing);
        newLine.setErrorMessage(lineMissing ? getTranslation("call.board.stand.error.line") : "");
        existingLine.setInvalid(choice == LineChoice.EXISTING && lineMissing);
        existingLine.setErrorMessage(lineMissing ? getTranslation("call.board.stand.error.line") : "");
        if (standMissing || networkMissing || timesBad || lineMissing) {
            return;
        }
        scheduling.toStand(proposal.requireId(), new ScheduledSlot(stand.getValue().requireId(),
                date.getValue().atTime(from).atZone(zone).toInstant(), date.getValue().atTime(to).atZone(zone).toInstant(),
                network.getValue().strip(), choice == LineChoice.EXISTING ? existingLine.getValue().code() : null,
                choice == LineChoice.NEW ? newLine.getValue().strip() : null));
        close();
        done.run();
    }
}
