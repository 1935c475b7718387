package fi.pyykkinaru.clothesline;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.printing.PdfChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slip's receipt: 80 mm wide, as long as its text, every word of it, and a QR to the slip's own page. */
class SlipReceiptsTest {

    @Test
    void the_receipt_holds_the_practice_its_line_the_date_and_a_code_to_the_slips_page(@TempDir Path dir) throws Exception {
        WallSlip slip = new WallSlip(42, 1, "Kävelevä kahvila", "Ikäihmiset ja opiskelijat kävelevät yhdessä "
                + "kahville joka tiistai. ".repeat(8), "Jyväskylän Seurakuntayhtymä", Ownership.OWN, Region.KESKI_SUOMI,
                List.of(), Instant.parse("2026-11-23T10:15:00Z"));

        byte[] pdf = SlipReceipts.render(slip, "Ilmianna hyvä käytäntö", "23.11.2026 12.15",
                "http://10.0.0.5:8080/slip/42");
        Files.write(Path.of("target", "slip-receipt.pdf"), pdf);

        var page = PdfChecks.pageSizes(pdf).getFirst();
        assertThat(Math.round(page.getWidth() / fi.pyykkinaru.printing.Paper.POINTS_PER_MM)).isEqualTo(80);
        assertThat(page.getHeight()).isGreaterThan(page.getWidth());
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Kävelevä kahvila", "Ilmianna hyvä käytäntö", "23.11.2026 12.15",
                "Jyväskylän Seurakuntayhtymä", "kahville joka tiistai.");
        assertThat(PdfChecks.qrCodes(pdf, dir)).containsExactly("http://10.0.0.5:8080/slip/42");
    }
}
