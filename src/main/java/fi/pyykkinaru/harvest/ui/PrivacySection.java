package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.privacy.InvalidRetentionException;
import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.Privacy;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.util.List;

/**
 * Retention of the event's personal data, erasure on request (a confirmation lists everything that goes), and
 * the audit log of what organisers and staff did.
 */
class PrivacySection extends Div {

    final IntegerField days = new IntegerField();
    final Button saveDays = new Button();
    final Button purge = new Button();
    final Paragraph message = new Paragraph();
    final TextField person = new TextField();
    final Button find = new Button();
    final Div found = new Div();
    final UnorderedList log = new UnorderedList();
    private final Event event;
    private final Privacy privacy;
    private final AuditLog audit;
    private final Clock clock;

    PrivacySection(Event event, Privacy privacy, AuditLog audit, Clock clock) {
        this.event = event;
        this.privacy = privacy;
        this.audit = audit;
        this.clock = clock;
        setId("harvest-privacy");
        addClassName("harvest-section");
        days.setId("retention-days");
        days.setLabel(getTranslation("privacy.retention.days"));
        days.setMin(0);
        days.setMax(3650);
        days.setValue(privacy.retentionDays(event.requireId()));
        saveDays.setId("retention-save");
        saveDays.setText(getTranslation("privacy.retention.save"));
        saveDays.addClickListener(e -> saveDays());
        purge.setId("retention-purge");
        purge.setText(getTranslation("privacy.purge"));
        purge.addClickListener(e -> {
            int changed = privacy.purge(event.requireId());
            message.setText(getTranslation("privacy.purged", changed));
            showLog();
        });
        message.setId("privacy-message");
        message.getElement().setAttribute("role", "status");
        person.setId("erase-person");
        person.setLabel(getTranslation("privacy.erase.search"));
        find.setId("erase-find");
        find.setText(getTranslation("privacy.erase.find"));
        find.addClickListener(e -> find());
        found.setId("erase-found");
        log.setId("audit-log");
        Div retention = new Div(days, saveDays, purge);
        retention.addClassName("staff-tools");
        Div erase = new Div(person, find);
        erase.addClassName("staff-tools");
        add(new H2(getTranslation("harvest.section.privacy")), new H3(getTranslation("privacy.retention")), retention,
                message, new H3(getTranslation("privacy.erase")), erase, found, new H3(getTranslation("privacy.audit")), log);
        showLog();
    }

    private void saveDays() {
        try {
            privacy.setRetentionDays(event.requireId(), days.getValue());
            message.setText(days.getValue() == null ? getTranslation("privacy.retention.none")
                    : getTranslation("privacy.retention.saved", days.getValue()));
            showLog();
        } catch (InvalidRetentionException invalid) {
            message.setText(getTranslation(invalid.messageKey()));
        }
    }

    private void find() {
        found.removeAll();
        List<Match> matches = privacy.find(person.getValue());
        if (matches.isEmpty()) {
            found.add(new Paragraph(getTranslation("privacy.erase.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        matches.forEach(m -> list.add(new ListItem(getTranslation("privacy.kind." + m.kind()) + " #" + m.id()
                + ": " + m.what())));
        Button confirm = new Button(getTranslation("privacy.erase.confirm"), e -> {
            privacy.erase(matches);
            found.removeAll();
            found.add(new Paragraph(getTranslation("privacy.erase.done")));
            showLog();
        });
        confirm.setId("erase-confirm");
        confirm.addClassName("danger");
        found.add(new Paragraph(getTranslation("privacy.erase.found", matches.size())), list, confirm);
    }

    private void showLog() {
        log.removeAll();
        audit.recent(20).forEach(entry -> log.add(new ListItem(audit.describe(entry, getLocale()))));
    }
}
