package fi.pyykkinaru.harvest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.harvest.TeamMember;
import fi.pyykkinaru.i18n.Translations;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An organiser opens one report of an event of the test's own and follows it up step by step. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class ReportDialogTest extends SpringBrowserlessTest {

    @Autowired Reports reports;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired Translations translations;

    private Event event;
    private Report report;
    private TeamMember aino;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void oneReport() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line practice = TestEvents.practiceLine(lines, event);
        slips.peg(practice.requireId(), new SlipDraft("Kyläkoulun kirjastoauto", "Auto kiertää kylät.", "Kyläkoulu ry",
                Ownership.OTHER, Region.POHJANMAA, Set.of(), "orjan@kylakoulu.fi", null, null, false), "Halli A");
        // The harvest hears of the pegged practice off the pegging thread.
        report = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> reports.of(event.requireId()), r -> !r.isEmpty())
                .getFirst();
        aino = reports.addMember(event.id(), "Aino", null);
    }

    private ReportDialog open() {
        ReportDialog dialog = new ReportDialog(reports.get(report.requireId()), event, reports, translations,
                changes::incrementAndGet);
        dialog.open();
        return dialog;
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).withId(id).single();
    }

    @Test
    void the_message_for_the_reported_party_is_ready_to_copy_or_mail() {
        open();

        assertThat($(TextArea.class).withId("report-message").single().getValue())
                .startsWith(translations.getTranslation("contact.subject", java.util.Locale.of("fi"), event.name()))
                .contains("Kyläkoulun kirjastoauto");
        assertThat($(Anchor.class).withId("report-mailto").single().getHref()).startsWith("mailto:orjan%40kylakoulu.fi?subject=");
    }

    @Test
    void mended_text_is_saved_and_said_so() {
        open();
        test($(TextField.class).withId("report-title").single()).setValue("Kyläkoulun kirjastoauto kiertää");

        test($(Button.class).withId("report-save").single()).click();

        assertThat($(Paragraph.class).withId("report-problem").single().getText()).isEqualTo("Tallennettu.");
        assertThat(reports.get(report.requireId()).title()).isEqualTo("Kyläkoulun kirjastoauto kiertää");
        assertThat(changes).hasValue(1);
    }

    @Test
    void choosing_a_team_member_assigns_a_new_report() {
        open();

        test(this.<TeamMember>select("report-assignee")).selectItem("Aino");

        Report assigned = reports.get(report.requireId());
        assertThat(assigned.assigneeId()).isEqualTo(aino.id());
        assertThat(assigned.status()).isEqualTo(ReportStatus.ASSIGNED);
        assertThat(changes).hasValue(1);
    }

    @Test
    void a_step_without_what_it_needs_says_why_and_the_dialog_stays() {
        ReportDialog dialog = open();
        test(this.<ReportStatus>select("report-step")).selectItem("Julkaistu");

        test($(Button.class).withId("report-move").single()).click();

        assertThat($(Paragraph.class).withId("report-problem").single().getText())
                .isEqualTo("Anna julkaisun osoite (alkaa http:// tai https://).");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(reports.get(report.requireId()).status()).isEqualTo(ReportStatus.NEW);
        assertThat(changes).hasValue(0);
    }

    @Test
    void a_step_with_what_it_needs_moves_the_report_and_closes() {
        ReportDialog dialog = open();
        test(this.<ReportStatus>select("report-step")).selectItem("Julkaistu");
        test($(TextField.class).withId("report-url").single()).setValue("https://example.fi/kirjastoauto");

        test($(Button.class).withId("report-move").single()).click();

        Report published = reports.get(report.requireId());
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.publishedUrl()).isEqualTo("https://example.fi/kirjastoauto");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(changes).hasValue(1);
    }

    @Test
    void hiding_a_report_hides_it_and_closes() {
        ReportDialog dialog = open();
        Button hide = $(Button.class).withId("report-hide").single();
        assertThat(hide.getText()).isEqualTo("Piilota");

        test(hide).click();
        assertThat(reports.get(report.requireId()).hidden()).as("hiding asks first").isFalse();
        test($(Button.class).withId("confirm-ok").single()).click();

        assertThat(reports.get(report.requireId()).hidden()).isTrue();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(changes).hasValue(1);
    }
}
