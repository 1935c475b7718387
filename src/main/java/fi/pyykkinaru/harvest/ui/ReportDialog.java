package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.base.ui.Undo;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.ContactMessage;
import fi.pyykkinaru.harvest.InvalidFollowUpException;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.harvest.TeamMember;
import fi.pyykkinaru.i18n.Translations;

/**
 * One report opened: mend its text, hide it, hand it to a team member, move it to the next step with what that
 * step needs, and the message for the reported party ready to copy or open in the mail client.
 */
class ReportDialog extends Dialog {

    final ReportTextForm text;
    final FollowUpForm followUp;
    final ContactMessagePanel contactMessage;
    private Report report;
    private final Reports reports;
    private final Runnable changed;

    ReportDialog(Report report, Event event, Reports reports, Translations translations, Runnable changed) {
        this.report = report;
        this.reports = reports;
        this.changed = changed;
        text = new ReportTextForm(report);
        followUp = new FollowUpForm(report, reports.team(event.requireId()));
        contactMessage = new ContactMessagePanel(ContactMessage.of(report, event.name(), translations));
        setId("report-dialog");
        setHeaderTitle(getTranslation("reports.title") + " #" + report.id());
        setWidth("min(960px, 96vw)");
        text.save.addClickListener(e -> save());
        text.hide.addClickListener(e -> hide());
        followUp.assignee.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                assign(e.getValue());
            }
        });
        followUp.move.addClickListener(e -> move());
        add(text, followUp, contactMessage);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("report-close");
        getFooter().add(close);
    }

    private void save() {
        try {
            report = reports.edit(report.requireId(), report.version(), text.title.getValue(), text.body.getValue(), text.organisation.getValue(),
                    text.contact.getValue(), text.language.getValue());
            followUp.problem.setText(getTranslation("reports.saved"));
            changed.run();
        } catch (InvalidFollowUpException invalid) {
            followUp.problem.setText(getTranslation(invalid.messageKey()));
        }
    }

    /** Hiding asks first and can be taken back for a few seconds after; bringing back needs no question. */
    private void hide() {
        if (report.hidden()) {
            setHidden(false);
            return;
        }
        long id = report.requireId();
        new Confirmation(getTranslation("reports.hide.title"), getTranslation("reports.hide.text", report.title()),
                getTranslation("reports.hide"), () -> {
                    setHidden(true);
                    Undo.offer(getTranslation("reports.hide.done", report.title()), () -> {
                        reports.hide(id, false);
                        changed.run();
                    });
                }).open();
    }

    private void setHidden(boolean hidden) {
        report = reports.hide(report.requireId(), hidden);
        changed.run();
        close();
    }

    private void assign(TeamMember member) {
        report = reports.assign(report.requireId(), member.requireId());
        changed.run();
    }

    /** Declining takes the report off the publishing calendar: the organiser confirms it first. */
    private void move() {
        if (followUp.step.getValue() == ReportStatus.DECLINED && report.status() != ReportStatus.DECLINED) {
            new Confirmation(getTranslation("reports.decline.title"), getTranslation("reports.decline.text", report.title()),
                    getTranslation("reports.decline"), this::moveNow).open();
        } else {
            moveNow();
        }
    }

    private void moveNow() {
        try {
            reports.move(report.requireId(), followUp.step.getValue(), followUp.receivedText.getValue(),
                    followUp.date.getValue(), followUp.url.getValue(), followUp.reason.getValue());
            changed.run();
            close();
        } catch (InvalidFollowUpException invalid) {
            followUp.problem.setText(getTranslation(invalid.messageKey()));
        }
    }
}
