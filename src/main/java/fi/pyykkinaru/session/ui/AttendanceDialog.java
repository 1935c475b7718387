package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import fi.pyykkinaru.session.Attendances;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionAttendance;
import fi.pyykkinaru.storage.StorageUnavailableException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Staff enter how many followed a session on site and remotely. What they type is never thrown away: a stray tap
 * outside does not close it, a number out of range is marked and kept, and a save that fails (someone else saved
 * first, the disk is full) leaves the dialog open with the typed numbers in it.
 */
class AttendanceDialog extends Dialog {

    final IntegerField onSite = new IntegerField();
    final IntegerField remote = new IntegerField();
    final Paragraph message = new Paragraph();
    final Button save = new Button();
    private final Session session;
    private final Attendances attendances;
    private int startedFrom;

    AttendanceDialog(Session session, Attendances attendances, Consumer<SessionAttendance> onSaved) {
        this.session = session;
        this.attendances = attendances;
        setId("attendance-dialog");
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("attendance.title", session.title()));
        SessionAttendance current = attendances.of(session);
        startedFrom = current.version();
        field(onSite, "attendance-onsite", "attendance.on-site", current.onSite());
        field(remote, "attendance-remote", "attendance.remote", current.remote());
        message.setId("attendance-message");
        message.getElement().setAttribute("role", "status");
        Paragraph help = new Paragraph(getTranslation("attendance.help"));
        Div fields = new Div(onSite, remote);
        fields.addClassName("attendance-fields");
        add(help, fields, message);
        save.setId("attendance-save");
        save.setText(getTranslation("action.save"));
        save.addClassNames("big-button", "primary");
        save.addClickListener(e -> save(onSaved));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("attendance-cancel");
        cancel.addClassName("big-button");
        getFooter().add(cancel, save);
    }

    private void field(IntegerField field, String id, String labelKey, @Nullable Integer value) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMin(0);
        field.setMax(SessionAttendance.MAX);
        field.setStepButtonsVisible(true);
        field.setErrorMessage(getTranslation("attendance.error"));
        field.setValue(value);
        field.addValueChangeListener(e -> message.setText(""));
    }

    private void save(Consumer<SessionAttendance> onSaved) {
        // The browser marks text that is no number as invalid while the value stays empty: that is not "not counted".
        boolean valid = true;
        for (IntegerField field : new IntegerField[] {onSite, remote}) {
            boolean ok = !field.isInvalid() && SessionAttendance.valid(field.getValue());
            field.setInvalid(!ok);
            valid &= ok;
        }
        if (!valid) {
            message.setText(getTranslation("attendance.error"));
            return;
        }
        try {
            SessionAttendance saved = attendances.enter(session, onSite.getValue(), remote.getValue(), startedFrom);
            onSaved.accept(saved);
            close();
        } catch (OptimisticLockingFailureException e) {
            SessionAttendance theirs = attendances.of(session);
            startedFrom = theirs.version();
            message.setText(getTranslation("attendance.conflict", count(theirs.onSite()), count(theirs.remote())));
        } catch (StorageUnavailableException e) {
            message.setText(getTranslation("attendance.not-saved"));
        }
    }

    private static String count(@Nullable Integer n) {
        return n == null ? "–" : String.valueOf(n);
    }
}
