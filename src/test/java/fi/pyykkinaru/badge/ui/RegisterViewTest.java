package fi.pyykkinaru.badge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.kiosk.Visitor;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PyykkinaruTest
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired Registrations registrations;
    @Autowired BadgePrinting badges;
    @Autowired ThisStand stand;

    @Test
    void a_visitor_registers_gets_a_badge_code_and_the_badge_is_queued_without_waiting_for_a_printer() {
        RegisterView view = navigate("register", RegisterView.class);
        test(view.fields.name).setValue("Åke Öhman");
        test(view.fields.organisation).setValue("Vaasan Kylätoimikunta ry");
        test(view.fields.languages.get("sv")).click();

        test(view.submit).click();

        Registration registered = registrations.find(stand.event(), "Åke Öhman").getFirst();
        assertThat(registered.organisation()).isEqualTo("Vaasan Kylätoimikunta ry");
        assertThat(registered.languageCodes()).containsExactlyInAnyOrder("fi", "sv");
        assertThat(view.thanks.isVisible()).isTrue();
        assertThat(view.codeLine.getText()).contains(BadgeCodes.display(registered.badgeCode()));
        PrintJob badge = badges.latest(registered).orElseThrow();
        assertThat(badge.kind()).isEqualTo(PrintKind.BADGE);
        // No badge printer is set in the test stand: the visitor is sent to the desk, not left waiting.
        assertThat(view.badgeStatus.getText()).isEqualTo("Nimikorttisi on valmiina infopisteessä.");
        // The visitor votes with the secret printed in the badge's QR, not with the code stored beside their name.
        assertThat(Visitor.voterKey()).isEqualTo("badge:" + badges.votingSecret(registered))
                .doesNotContain(registered.badgeCode());
    }

    @Test
    void done_after_registering_leaves_nothing_of_the_visitor_for_the_next() {
        RegisterView view = navigate("register", RegisterView.class);
        test(view.fields.name).setValue("Seuraavalle näkymätön");
        test(view.fields.organisation).setValue("Kunta");
        com.vaadin.flow.component.UI.getCurrent().getSession().setLocale(java.util.Locale.ENGLISH);
        test(view.submit).click();

        test(view.done).click();

        assertThat(Visitor.badge()).isEmpty();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getLocale().getLanguage()).isEqualTo("fi");
        RegisterView next = navigate("register", RegisterView.class);
        assertThat(next.fields.name.getValue()).isEmpty();
        assertThat(next.thanks.isVisible()).isFalse();
    }

    @Test
    void bad_input_is_answered_at_its_field_and_nothing_typed_is_lost_or_stored() {
        int before = registrations.all(stand.event()).size();
        RegisterView view = navigate("register", RegisterView.class);
        test(view.fields.organisation).setValue("Kunta");
        test(view.fields.email).setValue("matti@esimerkki.fi");

        test(view.submit).click();

        assertThat(view.fields.name.isInvalid()).isTrue();
        assertThat(view.fields.name.getErrorMessage()).isEqualTo("Kirjoita nimesi.");
        assertThat(view.fields.problems.getText()).contains("Anna lupa sähköpostiin");
        assertThat(view.fields.organisation.getValue()).isEqualTo("Kunta");
        assertThat(view.fields.email.getValue()).isEqualTo("matti@esimerkki.fi");
        assertThat(view.thanks.isVisible()).isFalse();
        assertThat(registrations.all(stand.event())).hasSize(before);

        test(view.fields.name).setValue("x".repeat(130));
        test(view.fields.consent).click();
        test(view.submit).click();
        assertThat(view.fields.name.getErrorMessage()).isEqualTo("Liian pitkä: enintään 120 merkkiä (nyt 130).");
        assertThat(registrations.all(stand.event())).hasSize(before);
    }

    @Test
    void the_kiosk_start_page_opens_registration() {
        navigate("", com.vaadin.flow.component.html.Div.class);
        var button = $(com.vaadin.flow.component.button.Button.class).withId("start-register").single();

        test(button).click();

        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
    }
}
