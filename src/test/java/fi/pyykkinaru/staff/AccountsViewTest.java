package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.pyykkinaru.PyykkinaruTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** An organiser adds a staff member and hands over the link; the person sets a password on the setup page. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class AccountsViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired StaffAccounts accounts;

    @Test
    void an_organiser_adds_an_account_and_its_person_chooses_the_password() {
        AccountsView view = navigate("staff/accounts", AccountsView.class);
        test(view.username).setValue("Tiina");
        test(view.invite).click();

        assertThat(view.linkBox.isVisible()).isTrue();
        String url = view.link.getText();
        assertThat(url).contains("/setup/");
        assertThat(view.qr.getSrc()).startsWith("data:image/png;base64,");
        assertThat(view.message.getText()).contains("tiina");
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(view.username.getValue()).isEmpty();

        SetupView setup = navigate(url.substring(url.indexOf("setup/")), SetupView.class);
        assertThat(setup.intro.getText()).contains("tiina");
        test(setup.password).setValue("lyhyt");
        test(setup.repeat).setValue("lyhyt");
        test(setup.submit).click();
        assertThat(setup.password.isInvalid()).isTrue();
        assertThat(setup.message.getText()).contains("10");
        assertThat(setup.password.getValue()).as("kept for mending").isEqualTo("lyhyt");

        test(setup.password).setValue("tiinan-oma-salasana");
        test(setup.repeat).setValue("tiinan-oma-salasana");
        test(setup.submit).click();
        assertThat(setup.message.getText()).contains("tallennettiin");
        assertThat(setup.login.isVisible()).isTrue();

        SetupView again = navigate(url.substring(url.indexOf("setup/")), SetupView.class);
        assertThat(again.message.getText()).contains("Pyydä järjestäjältä uusi linkki");
        assertThat(again.password.isVisible() && again.password.getParent().orElseThrow().isVisible()).isFalse();
    }

    @Test
    void an_organiser_invites_a_reviewer_and_makes_a_staff_member_one() {
        StaffAccounts.Link link = accounts.invite("kassa", false);
        accounts.complete(link.token(), "kassan-salasana", "kassan-salasana");
        AccountsView view = navigate("staff/accounts", AccountsView.class);
        assertThat(view.reviewer.getId()).hasValue("account-reviewer");
        assertThat(view.reviewer.getLabel()).isEqualTo("Arvioija");
        test(view.username).setValue("arvioija.b");
        test(view.reviewer).click();
        test(view.invite).click();
        assertThat(view.reviewer.getValue()).as("cleared for the next").isFalse();
        assertThat(accounts.accounts()).filteredOn(r -> r.username().equals("arvioija.b")).singleElement()
                .satisfies(r -> assertThat(r.roles()).containsExactly(Role.REVIEWER));

        test(reviewerBox(view, "account-reviewer-kassa")).click();
        assertThat(view.message.getText()).contains("kassa", "arvioija");
        assertThat(accounts.accounts()).filteredOn(r -> r.username().equals("kassa")).singleElement()
                .satisfies(r -> assertThat(r.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.REVIEWER));
    }

    private com.vaadin.flow.component.checkbox.Checkbox reviewerBox(AccountsView view, String id) {
        var rows = test(view.grid);
        int actions = view.grid.getColumns().size() - 1;
        for (int row = 0; row < rows.size(); row++) {
            var found = rows.getCellComponent(row, actions).getChildren()
                    .filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
            if (found.isPresent()) {
                return (com.vaadin.flow.component.checkbox.Checkbox) found.get();
            }
        }
        throw new AssertionError("No " + id);
    }

    @Test
    void a_bad_name_is_explained_and_kept_for_mending() {
        AccountsView view = navigate("staff/accounts", AccountsView.class);
        test(view.username).setValue("Matti Meikäläinen");
        test(view.invite).click();

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getValue()).isEqualTo("Matti Meikäläinen");
        assertThat(view.message.getText()).contains("2–80");
        assertThat(view.linkBox.isVisible()).isFalse();
    }
}
