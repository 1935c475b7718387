package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.InvalidFollowUpException;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.harvest.Rotation;
import fi.pyykkinaru.harvest.TeamMember;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The production team (who is present takes part in the rotation) and the publishing calendar: one report a
 * week, the members taking turns, proposed from the reports whose text has arrived and confirmed by a person.
 */
class TeamSection extends Div {

    final UnorderedList members = new UnorderedList();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Button add = new Button();
    final Paragraph message = new Paragraph();
    final Button propose = new Button();
    final Button apply = new Button();
    final UnorderedList calendar = new UnorderedList();
    private final Event event;
    private final Reports reports;
    private final Clock clock;
    private final Runnable changed;
    private Map<Long, LocalDate> proposal = Map.of();

    TeamSection(Event event, Reports reports, Clock clock, Runnable changed) {
        this.event = event;
        this.reports = reports;
        this.clock = clock;
        this.changed = changed;
        setId("harvest-team");
        addClassName("harvest-section");
        members.setId("team-members");
        name.setId("team-name");
        name.setLabel(getTranslation("team.name"));
        email.setId("team-email");
        email.setLabel(getTranslation("team.email"));
        add.setId("team-add");
        add.setText(getTranslation("team.add"));
        add.addClickListener(e -> addMember());
        message.setId("team-message");
        message.getElement().setAttribute("role", "status");
        propose.setId("calendar-propose");
        propose.setText(getTranslation("team.calendar.propose"));
        propose.addClickListener(e -> propose());
        apply.setId("calendar-apply");
        apply.setText(getTranslation("team.calendar.apply"));
        apply.addClassName("primary");
        apply.setVisible(false);
        apply.addClickListener(e -> {
            reports.schedule(proposal);
            proposal = Map.of();
            apply.setVisible(false);
            changed.run();
        });
        calendar.setId("calendar");
        Div form = new Div(name, email, add);
        form.addClassName("staff-tools");
        add(new H2(getTranslation("harvest.section.team")), members, form, message,
                new H3(getTranslation("team.calendar")), new Div(propose, apply), calendar);
        refresh();
    }

    void refresh() {
        members.removeAll();
        for (TeamMember member : reports.team(event.requireId())) {
            Button presence = new Button(getTranslation(member.absent() ? "team.absent" : "team.present"), e -> {
                reports.setAbsent(member.requireId(), !member.absent());
                refresh();
            });
            presence.setId("team-presence-" + member.id());
            presence.getElement().setAttribute("aria-pressed", String.valueOf(!member.absent()));
            ListItem item = new ListItem(new com.vaadin.flow.component.html.Span(member.name()
                    + (member.email() == null ? "" : " <" + member.email() + ">")), presence);
            item.addClassName("team-member");
            members.add(item);
        }
        showCalendar();
    }

    private void addMember() {
        try {
            reports.addMember(event.requireId(), name.getValue(), email.getValue());
            name.clear();
            email.clear();
            message.setText("");
            refresh();
        } catch (InvalidFollowUpException invalid) {
            message.setText(getTranslation(invalid.messageKey()));
        }
    }

    private void propose() {
        proposal = reports.proposeCalendar(event.requireId(), LocalDate.now(clock));
        message.setText(getTranslation("team.calendar.proposed", proposal.size()));
        apply.setVisible(!proposal.isEmpty());
        showCalendar();
    }

    private void showCalendar() {
        calendar.removeAll();
        List<TeamMember> team = reports.team(event.requireId());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        List<Report> all = reports.of(event.requireId());
        record Entry(LocalDate week, Report report, boolean proposed) {
        }
        List<Entry> entries = new java.util.ArrayList<>();
        all.stream().filter(r -> r.status() == ReportStatus.SCHEDULED && r.scheduledFor() != null)
                .forEach(r -> entries.add(new Entry(r.scheduledFor(), r, false)));
        proposal.forEach((id, week) -> all.stream().filter(r -> r.requireId() == id).findFirst()
                .ifPresent(r -> entries.add(new Entry(week, r, true))));
        entries.sort(Comparator.comparing(Entry::week));
        for (Entry entry : entries) {
            String publisher = Rotation.publisherOf(entry.week(), team).map(TeamMember::name).orElse("–");
            ListItem item = new ListItem(getTranslation("team.calendar.week", Rotation.weekNumber(entry.week()),
                    date.format(entry.week())) + ": " + entry.report().title() + " · "
                    + getTranslation("team.calendar.publisher", publisher));
            item.getElement().getClassList().set("calendar-proposed", entry.proposed());
            calendar.add(item);
        }
        if (entries.isEmpty()) {
            calendar.add(new ListItem(getTranslation("team.calendar.none")));
        }
    }
}
