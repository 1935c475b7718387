package fi.pyykkinaru.badge;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.printing.PdfChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Badges as printed: names in full whatever their letters or length, the page size, and a QR that scans. */
class BadgePdfTest {

    private final BadgeLayouts layouts = new BadgeLayouts("");

    @ParameterizedTest
    @ValueSource(strings = {"badge-90x54", "badge-a6", "badge-100x50", "label-62"})
    void one_badge_per_layout_has_its_page_size_the_whole_name_and_a_scannable_code(String id, @TempDir Path dir)
            throws Exception {
        BadgeLayout layout = layouts.get(id);
        String code = BadgeCodes.next();
        BadgeFace face = new BadgeFace("Åsa Øberg-Łukasiewicz", "Jyväskylän Seudun Sosiaalinen Yritys ry",
                "Innomarkkinat 2026", List.of("fi", "sv", "en"), code, "23456789ABCDEFGHJKMNPQRSTU");

        byte[] pdf = BadgePdf.render(layout, List.of(face));
        Files.write(Path.of("target", id + ".pdf"), pdf);

        assertThat(PdfChecks.pageSizes(pdf)).singleElement()
                .satisfies(page -> assertThat(PdfChecks.mm(page)).isEqualTo(
                        Math.round(layout.page().widthMm()) + "x" + Math.round(layout.page().heightMm())));
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Åsa Øberg-Łukasiewicz", "Innomarkkinat 2026", "FI · SV · EN",
                BadgeCodes.display(code));
        assertThat(text.replace(" ", "")).contains("JyväskylänSeudunSosiaalinenYritysry");
        // On paper the QR carries the voting secret too, and stays scannable at the layout's size.
        assertThat(PdfChecks.qrCodes(pdf, dir)).containsExactly("PYK-" + code + ".23456789ABCDEFGHJKMNPQRSTU");
    }

    @Test
    void a_name_too_long_for_the_badge_is_shrunk_and_wrapped_never_cut_off() throws Exception {
        String name = "Maria-Kristiina Wallenius-Järvenpää von Hertzen-Åkerblom de la Chapelle-Niskanen";
        byte[] pdf = BadgePdf.render(layouts.get("badge-90x54"),
                List.of(new BadgeFace(name, null, "Tapahtuma", List.of(), BadgeCodes.next())));

        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", "")).contains(name.replace(" ", ""));
    }

    @Test
    void characters_the_font_lacks_become_question_marks_instead_of_failing() throws Exception {
        byte[] pdf = BadgePdf.render(layouts.get("badge-90x54"),
                List.of(new BadgeFace("Kaisa 🎉 漢", null, "Tapahtuma", List.of(), BadgeCodes.next())));

        assertThat(PdfChecks.text(pdf)).contains("Kaisa ? ?");
    }

    @Test
    void a_batch_on_a4_sheets_fills_ten_to_a_page_and_every_code_scans(@TempDir Path dir) throws Exception {
        List<BadgeFace> faces = IntStream.range(0, 23).mapToObj(i -> new BadgeFace("Vieras " + i, "Yhdistys " + i,
                "Innomarkkinat", List.of("fi"), BadgeCodes.next())).toList();

        byte[] pdf = BadgePdf.render(layouts.get("sheet-a4-10"), faces);
        Files.write(Path.of("target", "sheet-a4-10.pdf"), pdf);

        assertThat(PdfChecks.pageSizes(pdf)).hasSize(3).allSatisfy(p -> assertThat(PdfChecks.mm(p)).isEqualTo("210x297"));
        BadgeLayout layout = layouts.get("sheet-a4-10");
        float left = (210 - 2 * layout.labelWidth() - layout.gap()) / 2;
        float top = (297 - 5 * layout.labelHeight() - 4 * layout.gap()) / 2;
        for (int i = 0; i < faces.size(); i++) {
            int slot = i % 10;
            float x = left + (slot % 2) * (layout.labelWidth() + layout.gap());
            float y = top + (slot / 2) * (layout.labelHeight() + layout.gap());
            assertThat(PdfChecks.qrCodes(pdf, dir, i / 10 + 1, x, y, layout.labelWidth(), layout.labelHeight()))
                    .as("badge %d", i).containsExactly(BadgeCodes.payload(faces.get(i).badgeCode()));
        }
    }

    @Test
    void every_preset_is_there() {
        assertThat(layouts.all()).extracting(BadgeLayout::id).contains("badge-90x54", "badge-a6", "badge-100x50",
                "label-62", "sheet-a4-10", "sheet-a4-8");
    }
}
