package fi.pyykkinaru.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.BadgeFace;
import fi.pyykkinaru.badge.BadgeLayout;
import fi.pyykkinaru.badge.BadgeLayoutsAccess;
import fi.pyykkinaru.badge.BadgePdf;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.printing.PdfFlowDocument;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever visitors and organisers typed, in every part of the documents the app prints: badges (every layout),
 * and the flowing documents (the day summary, feedback letters, the bench-café brief, the call's papers are made
 * of its titles, headings, paragraphs, tables, bar labels and QR rows). Markup is printed as the text it is;
 * characters the font lacks or that are no text at all never stop a document.
 */
class HostilePdfTextTest {

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("script tag", "<script>alert(1)</script>", "<script>alert(1)</script>"),
                Arguments.of("img onerror", "<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
                Arguments.of("PDF string breakout", "a) Tj ET BT /F1 99 Tf (b", "a) Tj ET BT /F1 99 Tf (b"),
                Arguments.of("PDF object syntax", "endstream endobj 1 0 obj << /JS (app.alert(1)) >>", "/JS (app.alert(1))"),
                Arguments.of("backslashes", "C:\\Windows\\", "C:\\Windows\\"),
                Arguments.of("null byte", "Hyvä\u0000käytäntö", "Hyvä käytäntö"),
                Arguments.of("escape sequence", "\u001B[31mpunainen", "[31mpunainen"),
                Arguments.of("tabs and line breaks", "rivi\n\trivi\r\nrivi", "rivi"),
                Arguments.of("rtl override", "abc\u202Eevil\u202C", "abc"),
                Arguments.of("lone surrogate", "a\uD800b", "a"),
                Arguments.of("emoji", "Kahvila ☕️ 👵🏽👨‍🎓", "Kahvila"),
                Arguments.of("right-to-left script", "مقهى المشي", ""),
                Arguments.of("one word of five thousand letters", "x".repeat(5000), "xxxx"),
                Arguments.of("blank", "   ", ""));
    }

    @ParameterizedTest(name = "badge: {0}")
    @MethodSource("hostileTexts")
    void every_badge_layout_prints_the_text_as_text(String name, String text, String shown) throws IOException {
        for (BadgeLayout layout : BadgeLayoutsAccess.shipped()) {
            byte[] pdf = BadgePdf.render(layout, List.of(new BadgeFace(text.isBlank() ? "Nimi" : text, text, text,
                    List.of("fi"), BadgeCodes.next())));

            assertThat(PdfChecks.text(pdf)).as(name + " on " + layout.id()).contains(shown).doesNotContain("\u0000");
        }
    }

    @ParameterizedTest(name = "flowing document: {0}")
    @MethodSource("hostileTexts")
    void every_part_of_a_flowing_document_prints_the_text_as_text(String name, String text, String shown) throws IOException {
        Map<String, Long> bars = new LinkedHashMap<>();
        bars.put(text, 3L);
        bars.put("muu", 1L);
        byte[] pdf;
        try (PdfFlowDocument document = new PdfFlowDocument(text)) {
            pdf = document.title(text).heading(text).paragraph(text).small(text)
                    .table(List.of(List.of(text, "N"), List.of(text, "1")), 3, 1).bars(bars)
                    .coded(text, text, List.of(text, text), "http://localhost:8080/s/ABCDEFGH").bytes();
        }

        assertThat(PdfChecks.text(pdf)).as(name).contains(shown).doesNotContain("\u0000");
    }
}
