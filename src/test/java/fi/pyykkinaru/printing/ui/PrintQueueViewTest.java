package fi.pyykkinaru.printing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.printing.PrinterPurpose;
import fi.pyykkinaru.printing.Printers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PyykkinaruTest
@WithMockUser(roles = "STAFF")
class PrintQueueViewTest extends SpringBrowserlessTest {

    @Autowired Printers printers;

    @Test
    void a_printer_not_set_looks_neutral_never_ready() {
        PrintQueueView view = navigate("staff/print", PrintQueueView.class);

        for (PrinterPurpose purpose : PrinterPurpose.values()) {
            assertThat(printers.status(purpose).configured()).as("the tests' stand sets no printers").isFalse();
            var card = view.printerCards.get(purpose);
            assertThat(card.getClassNames()).as("%s", purpose).contains("printer-card--unset")
                    .doesNotContain("printer-card--ready", "printer-card--trouble");
            assertThat(card.getElement().getAttribute("data-state")).isEqualTo("unset");
            assertThat(card.getElement().getTextRecursively()).contains("Ei käytössä");
        }
    }
}
