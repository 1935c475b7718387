package fi.pyykkinaru.call.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.Jury;
import fi.pyykkinaru.call.JuryMember;
import fi.pyykkinaru.call.Pitches;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The organiser's jury panel of a pitch call: members with links shown once, pitches added, letters to download. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class JuryPanelTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired Events events;
    @Autowired Calls calls;
    @Autowired Jury jury;
    @Autowired Pitches pitches;

    @Test
    void a_new_member_gets_a_link_shown_once_as_text_and_qr_code_and_a_new_one_when_lost() {
        Call call = calls.open(TestEvents.create(events, ModerationPolicy.PUBLISH), CallKind.PITCH);
        JuryPanel panel = panel(call, () -> { });

        test(panel.memberName).setValue("Maija Tuomari");
        test(panel.addMember).click();

        JuryMember member = jury.of(call.requireId()).getFirst();
        assertThat(member.name()).isEqualTo("Maija Tuomari");
        assertThat(panel.link.isVisible()).isTrue();
        String first = panel.link.address.getHref();
        assertThat(first).matches(".*/jury/[A-Za-z0-9_-]{32}$");
        assertThat(jury.byLink(first.substring(first.lastIndexOf('/') + 1))).isPresent();
        assertThat(panel.link.qr.getSrc()).startsWith("data:image/png;base64,");
        assertThat(panel.memberName.getValue()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("jury-member-scored-" + member.id()).getText())
                .isEqualTo("Arvioinut 0/0 pitchiä");

        test(find(Button.class).id("jury-member-new-link-" + member.id())).click();

        String second = panel.link.address.getHref();
        assertThat(second).isNotEqualTo(first);
        assertThat(jury.byLink(first.substring(first.lastIndexOf('/') + 1))).as("the lost link").isEmpty();
    }

    @Test
    void a_member_without_a_name_is_not_added() {
        Call call = calls.open(TestEvents.create(events, ModerationPolicy.PUBLISH), CallKind.PITCH);
        JuryPanel panel = panel(call, () -> { });

        test(panel.addMember).click();

        assertThat(panel.memberName.isInvalid()).isTrue();
        assertThat(panel.memberName.getErrorMessage()).startsWith("Kirjoita jäsenen nimi");
        assertThat(jury.of(call.requireId())).isEmpty();
    }

    @Test
    void a_pitch_added_by_staff_shows_the_pitchers_link_and_its_letter_and_tells_the_board() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Call call = calls.open(event, CallKind.PITCH);
        AtomicInteger told = new AtomicInteger();
        JuryPanel panel = panel(call, told::incrementAndGet);
        PitchSection section = panel.pitchSection;

        test(section.add).click();
        assertThat(section.title.isInvalid()).isTrue();
        assertThat(section.title.getErrorMessage()).isEqualTo("Kirjoita pitchin otsikko.");
        assertThat(told).hasValue(0);

        test(section.title).setValue("Kylätaksi");
        test(section.name).setValue("Pekka Pitchaaja");
        test(section.email).setValue("pekka@example.fi");
        test(section.add).click();

        Proposal pitch = pitches.of(call.requireId()).getFirst();
        assertThat(pitch.responsibleEmail()).isEqualTo("pekka@example.fi");
        assertThat(told).hasValue(1);
        assertThat(panel.link.address.getHref()).matches(".*/call/" + event.slug() + "/p/[A-Za-z0-9_-]{32}$");
        assertThat(find(Anchor.class).id("pitch-letter-" + pitch.id()).getText()).isEqualTo("Palautekirje (PDF)");
        assertThat(find(Anchor.class).id("pitch-letters").isVisible()).isTrue();
    }

    @Test
    void a_call_for_sessions_has_no_jury() {
        Call call = calls.open(TestEvents.create(events, ModerationPolicy.PUBLISH), CallKind.SESSIONS);

        assertThat(panel(call, () -> { }).isVisible()).isFalse();
    }

    private JuryPanel panel(Call call, Runnable changed) {
        JuryPanel panel = context.getBean(JuryPanel.class);
        UI.getCurrent().add(panel);
        return panel.forCall(call, changed);
    }
}
