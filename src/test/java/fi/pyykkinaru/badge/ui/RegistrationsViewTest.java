package fi.pyykkinaru.badge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@PyykkinaruTest
@WithMockUser(roles = "STAFF")
class RegistrationsViewTest extends SpringBrowserlessTest {

    @Autowired Registrations registrations;
    @Autowired BadgePrinting badges;
    @Autowired ThisStand stand;
    @Autowired JdbcClient jdbc;

    @Test
    void a_printed_badge_says_so_and_is_printed_again_only_when_staff_confirm() {
        Registration visitor = registrations.register(stand.event(), new RegistrationDraft("Toistuva Tiina", null, null,
                null, List.of("fi"), null, false), RegistrationSource.STAFF);
        PrintJob first = badges.registered(visitor, stand.event());
        jdbc.sql("update print_job set state = 'DONE' where id = ?").param(first.id()).update();
        RegistrationsView view = navigate("staff/registrations", RegistrationsView.class);
        test(view.search).setValue("Toistuva");

        Button print = (Button) test(view.grid).getCellComponent(0, 4).getChildren()
                .filter(c -> c.getId().orElse("").equals("registration-print-" + visitor.id())).findFirst().orElseThrow();
        assertThat(print.getText()).isEqualTo("Tulosta uudelleen");
        test(print).click();
        assertThat($(Paragraph.class).withId("confirm-text").single().getText()).contains("Toistuva Tiina", "Tulostettu");
        assertThat(badges.latest(visitor).orElseThrow().id()).as("nothing printed before confirming").isEqualTo(first.id());

        test($(Button.class).withId("confirm-ok").single()).click();

        PrintJob again = badges.latest(visitor).orElseThrow();
        assertThat(again.reprintOf()).isEqualTo(first.id());
        assertThat(again.state()).isEqualTo(PrintState.QUEUED);
    }

    @Test
    void a_badge_never_printed_offers_print_not_reprint_even_while_queued() {
        Registration visitor = registrations.register(stand.event(), new RegistrationDraft("Jonon Jaakko", null, null,
                null, List.of("fi"), null, false), RegistrationSource.STAFF);
        PrintJob queued = badges.print(visitor, stand.event());
        RegistrationsView view = navigate("staff/registrations", RegistrationsView.class);
        test(view.search).setValue("Jonon Jaakko");

        Button print = (Button) test(view.grid).getCellComponent(0, 4).getChildren()
                .filter(c -> c.getId().orElse("").equals("registration-print-" + visitor.id())).findFirst().orElseThrow();
        assertThat(print.getText()).isEqualTo("Tulosta");
        test(print).click();
        assertThat($(Paragraph.class).withId("confirm-text").single().getText())
                .as("a second copy while the first is on its way is still asked about").contains("Jonon Jaakko");
        test($(Button.class).withId("confirm-cancel").single()).click();
        assertThat(badges.latest(visitor).orElseThrow().id()).isEqualTo(queued.id());
    }

    @Test
    void staff_import_a_pre_registration_list_and_bad_rows_are_listed_by_line() {
        RegistrationsView view = navigate("staff/registrations", RegistrationsView.class);

        test(view.preRegistrations.upload).upload("lista.csv", "text/csv", "name,email\nHyvä Rivi,\n,x@y.fi\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.message.getText()).contains("Mitään ei tuotu", "Rivi 3: Kirjoita nimesi.");
        assertThat(registrations.find(stand.event(), "Hyvä Rivi")).isEmpty();

        test(view.preRegistrations.upload).upload("lista.csv", "text/csv", "name\nHyvä Rivi\n".getBytes(StandardCharsets.UTF_8));
        assertThat(view.message.getText()).isEqualTo("Tuotiin 1 henkilö.");
        assertThat(registrations.find(stand.event(), "Hyvä Rivi")).hasSize(1);
    }

    @Test
    void staff_register_a_visitor_at_the_desk_and_the_badge_goes_to_the_queue() {
        RegistrationsView view = navigate("staff/registrations", RegistrationsView.class);
        test(view.add).click();
        test($(Button.class).withId("registration-save").single()).click();
        assertThat($(Paragraph.class).withId("register-problems").single().getText()).isNotBlank();

        test($(TextField.class).withId("register-name").single()).setValue("Tiskin Tuula");
        test($(Button.class).withId("registration-save").single()).click();

        Registration tuula = registrations.find(stand.event(), "Tiskin Tuula").getFirst();
        assertThat(view.message.getText()).isEqualTo("Tiskin Tuula: tulostusjonossa (työ "
                + badges.latest(tuula).orElseThrow().id() + ").");
        assertThat($(Button.class).withId("registration-save").exists()).as("the dialog is closed").isFalse();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void printing_everyone_on_sheets_shows_how_far_it_got_and_then_the_job() {
        registrations.register(stand.event(), new RegistrationDraft("Arkki Aapo", null, null, null, List.of("fi"), null,
                false), RegistrationSource.STAFF);
        int everyone = registrations.all(stand.event()).size();
        RegistrationsView view = navigate("staff/registrations", RegistrationsView.class);

        test(view.printAll).click();

        assertThat(view.message.getText()).isEqualTo("Piirretään " + everyone + " nimikorttia…");
        assertThat(view.printAll.progress.isVisible()).isTrue();
        assertThat(view.printAll.isEnabled()).isFalse();
        // The sheets are drawn on another thread, which reports back through UI.access.
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            VaadinSession vaadin = VaadinSession.getCurrent();
            vaadin.getService().runPendingAccessTasks(vaadin);
            assertThat(view.message.getText()).startsWith(everyone + " nimikorttia tulostusjonossa (työ ");
        });
        assertThat(view.printAll.progress.isVisible()).isFalse();
        assertThat(view.printAll.isEnabled()).isTrue();
    }
}
