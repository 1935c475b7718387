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
        test(view.formStep.form.title).setValue("Sinnikkyys");
        test(view.formStep.preview).click();
        // The slip table goes missing: every write fails as it would on a broken database.
        jdbc.execute("alter table slip rename to slip_unavailable");
        try {
            test(view.previewStep.peg).click();
        } finally {
            jdbc.execute("alter table slip_unavailable rename to slip");
        }

        assertThat(view.previewStep.saveError.isVisible()).isTrue();
        assertThat(view.previewStep.saveError.getText()).startsWith("Tallennus ei onnistunut");
        assertThat(view.previewStep.isVisible()).isTrue();
        assertThat(view.previewStep.peg.isEnabled()).isTrue();
        assertThat(view.formStep.form.title.getValue()).isEqualTo("Sinnikkyys");

        test(view.previewStep.peg).click();

        assertThat(view.thanksStep.isVisible()).isTrue();
    }
}
