package fi.pyykkinaru.clothesline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.pyykkinaru.PyykkinaruTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PyykkinaruTest
class WriteSlipViewFailureTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void when_the_database_fails_the_visitor_is_told_and_the_slip_stays_to_try_again() {
        WriteSlipView view = navigate("report/supervoima", WriteSlipView.class);
        test(view.form.title).setValue("Sinnikkyys");
        test(view.preview).click();
        // The slip table goes missing: every write fails as it would on a broken database.
        jdbc.execute("alter table slip rename to slip_unavailable");
        try {
            test(view.peg).click();
        } finally {
            jdbc.execute("alter table slip_unavailable rename to slip");
        }

        assertThat(view.saveError.isVisible()).isTrue();
        assertThat(view.saveError.getText()).startsWith("Tallennus ei onnistunut");
        assertThat(view.previewStep.isVisible()).isTrue();
        assertThat(view.peg.isEnabled()).isTrue();
        assertThat(view.form.title.getValue()).isEqualTo("Sinnikkyys");

        test(view.peg).click();

        assertThat(view.thanksStep.isVisible()).isTrue();
    }
}
