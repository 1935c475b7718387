package fi.pyykkinaru.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The faces of the scale: drawn, in the text's colour, hidden from screen readers, each one different. */
class ScoreTest {

    @ParameterizedTest
    @EnumSource(Score.class)
    void a_face_is_inline_svg_in_the_texts_colour_without_emoji(Score score) {
        String face = score.face();

        assertThat(face).startsWith("<svg ").endsWith("</svg>").contains("aria-hidden=\"true\"")
                .contains("focusable=\"false\"").contains("stroke=\"currentColor\"").doesNotContain("style=");
        assertThat(face.codePoints().allMatch(c -> c < 0x80)).as("plain ASCII markup, no emoji").isTrue();
    }

    @Test
    void every_face_is_a_different_one() {
        assertThat(Arrays.stream(Score.values()).map(Score::face).distinct()).hasSize(Score.values().length);
    }
}
