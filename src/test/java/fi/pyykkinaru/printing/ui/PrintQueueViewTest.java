package fi.pyykkinaru.printing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.printing.PrintDocument;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.printing.PrinterPurpose;
import fi.pyykkinaru.printing.Printers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@PyykkinaruTest
@WithMockUser(roles = "STAFF")
class PrintQueueViewTest extends SpringBrowserlessTest {

    @Autowired Printers printers;
    @Autowired PrintQueue queue;
    @Autowired JdbcClient jdbc;

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

    @Test
    void a_job_of_another_node_names_that_nodes_default_printer_not_this_ones() {
        PrintJob here = queue.submit(new PrintDocument(PrintKind.TEST_A4, "node-test:" + UUID.randomUUID(), "Tässä", "iso_a4_210x297mm",
                new byte[] {1}), true);
        PrintJob there = queue.submit(new PrintDocument(PrintKind.TEST_A4, "node-test:" + UUID.randomUUID(), "Toisella", "iso_a4_210x297mm",
                new byte[] {1}), true);
        jdbc.sql("update print_job set node = 'kassa-2' where id = ?").param(there.id()).update();
        try {
            PrintQueueView view = navigate("staff/print", PrintQueueView.class);

            assertThat(destination(view, there)).isEqualTo("palvelimen kassa-2 oletus");
            assertThat(destination(view, here)).isEqualTo("Ei asetettu");
        } finally {
            queue.forget(PrintKind.TEST_A4, java.util.List.of(here.subject(), there.subject()));
        }
    }

    private String destination(PrintQueueView view, PrintJob job) {
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).id() == job.id()) {
                return grid.getCellComponent(row, 4).getElement().getText();
            }
        }
        throw new AssertionError("job " + job.id() + " not listed");
    }
}
