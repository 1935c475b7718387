package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.base.ui.Downloads;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.privacy.InvalidRetentionException;
import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.Privacy;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retention of the event's personal data, erasure on request, and the audit log of what organisers and staff
 * did. Purging and erasing cannot be taken back: each asks first, with what goes in numbers and the confirm word.
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
        this.clock = clock;
        this.event = event;
        this.privacy = privacy;
        this.audit = audit;
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
        purge.setId("privacy-purge-now");
        purge.setText(getTranslation("privacy.purge"));
        purge.addClassName("danger");
        purge.addClickListener(e -> confirmPurge());
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

    private void confirmPurge() {
        Map<String, Integer> holding = privacy.holding(event.requireId());
        List<String> losses = losses(holding);
        new Confirmation(getTranslation("privacy.purge.title"), getTranslation("privacy.purge.text", event.name()),
                getTranslation("privacy.purge"), this::purge)
                .losing(losses.isEmpty() ? List.of(getTranslation("privacy.purge.nothing")) : losses)
                .irreversible().open();
    }

    private void purge() {
        int changed = privacy.purge(event.requireId());
        message.setText(getTranslation("privacy.purged", changed));
        showLog();
    }

    /** One line a kind of record, in numbers; kinds with nothing to lose are left out. */
    private List<String> losses(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(c -> c.getValue() > 0)
                .map(c -> getTranslation("privacy.losing." + c.getKey(), c.getValue())).toList();
    }

    private void find() {
        found.removeAll();
        List<Match> matches = privacy.find(person.getValue());
        if (matches.isEmpty()) {
            found.add(new Paragraph(getTranslation("privacy.erase.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        matches.forEach(m -> list.add(new ListItem(getTranslation("privacy.kind." + m.kind()) + " #" + m.ref()
                + ": " + m.what())));
        Map<String, Integer> byKind = new LinkedHashMap<>();
        matches.forEach(m -> byKind.merge(m.kind(), 1, Integer::sum));
        Button confirm = new Button(getTranslation("privacy.erase.confirm"), e -> new Confirmation(
                getTranslation("privacy.erase.title"), getTranslation("privacy.erase.text"),
                getTranslation("privacy.erase.confirm"), () -> erase(matches)).losing(losses(byKind)).irreversible().open());
        confirm.setId("erase-confirm");
        confirm.addClassName("danger");
        found.add(new Paragraph(getTranslation("privacy.erase.found", matches.size())), list,
                accessRequest(person.getValue(), matches), confirm);
    }

    /**
     * The person's own copy of what was found (GDPR art. 15), made when the link is followed. Labels are read here:
     * the download runs outside this UI's request.
     */
    private Div accessRequest(String searchedFor, List<Match> matches) {
        Map<String, String> labels = new LinkedHashMap<>();
        matches.forEach(m -> labels.computeIfAbsent(m.kind(), kind -> getTranslation("privacy.kind." + kind)));
        Anchor download = Downloads.link("access-request",
                () -> "access-request-" + LocalDate.now(clock) + ".json", "application/json;charset=utf-8",
                () -> privacy.accessRequest(searchedFor, matches, kind -> labels.getOrDefault(kind, kind)));
        download.setText(getTranslation("privacy.access.download") + " ↓");
        download.addClassName("download-button");
        Div access = new Div(new Paragraph(getTranslation("privacy.access.help")), download);
        access.addClassName("staff-tools");
        return access;
    }

    private void erase(List<Match> matches) {
        privacy.erase(matches);
        found.removeAll();
        found.add(new Paragraph(getTranslation("privacy.erase.done")));
        showLog();
    }

    private void showLog() {
        log.removeAll();
        audit.recent(20).forEach(entry -> log.add(new ListItem(audit.describe(entry, getLocale()))));
    }
}
