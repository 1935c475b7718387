package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.pyykkinaru.PyykkinaruTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Organisers narrow the audit log; a day range the wrong way round is said, and what was shown stays. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired AuditLog audit;

    @Test
    void the_filter_narrows_the_entries_and_finds_targets_in_the_reader_s_words() {
        audit.record("report.hide", "report 515151");
        audit.record("report.edit", "report 515151");
        AuditView view = navigate("staff/audit", AuditView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);

        test(view.text).setValue("raportti 515151");
        assertThat(test(view.grid).size()).isEqualTo(2);
        test(view.action).selectItem("muokkasi raporttia (report.edit)");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("muokkasi raporttia");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("raportti 515151");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("tehty");
        assertThat(view.message.getText()).isEqualTo("Merkintöjä: 1.");

        test(view.to).setValue(LocalDate.now().plusDays(1));
        assertThat(test(view.grid).size()).as("up to tomorrow holds today").isEqualTo(1);
        test(view.from).setValue(LocalDate.now().plusDays(2));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.message.getText()).contains("Loppupäivä on ennen alkupäivää");
        assertThat(test(view.grid).size()).as("what was shown stays until the range is mended").isEqualTo(1);
        assertThat(view.text.getValue()).isEqualTo("raportti 515151");
    }
}
