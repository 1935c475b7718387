package fi.pyykkinaru.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackResultTest {

    @Test
    void no_answers_have_no_median() {
        FeedbackResult result = new FeedbackResult(Map.of(), 0);

        assertThat(result.count()).isZero();
        assertThat(result.median()).isEmpty();
        assertThat(result.distribution()).containsOnlyKeys(Score.values()).allSatisfy((s, n) -> assertThat(n).isZero());
    }

    @Test
    void the_median_of_an_odd_count_is_the_middle_answer() {
        FeedbackResult result = new FeedbackResult(Map.of(Score.M2, 1L, Score.P1, 1L, Score.P2, 1L), 0);

        assertThat(result.median()).hasValue(1.0);
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_answers() {
        assertThat(new FeedbackResult(Map.of(Score.ZERO, 1L, Score.P1, 1L), 0).median()).hasValue(0.5);
        assertThat(new FeedbackResult(Map.of(Score.M2, 2L, Score.P2, 2L), 0).median()).hasValue(0.0);
        assertThat(new FeedbackResult(Map.of(Score.M1, 3L, Score.P2, 1L), 0).median()).hasValue(-1.0);
    }

    @Test
    void the_scale_is_printed_with_its_sign() {
        assertThat(Score.M2.signed()).isEqualTo("-2");
        assertThat(Score.ZERO.signed()).isEqualTo("0");
        assertThat(Score.P1.signed()).isEqualTo("+1");
    }

    @Test
    void a_large_count_finds_its_median_without_listing_every_answer() {
        FeedbackResult result = new FeedbackResult(Map.of(Score.M2, 1_000_000L, Score.P2, 1_000_001L), 0);

        assertThat(result.count()).isEqualTo(2_000_001L);
        assertThat(result.median()).hasValue(2.0);
    }
}
