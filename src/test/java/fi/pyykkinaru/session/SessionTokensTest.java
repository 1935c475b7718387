package fi.pyykkinaru.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

    @Test
    void tokens_are_short_unique_and_free_of_look_alike_characters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = SessionTokens.next();
            assertThat(token).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
            assertThat(SessionTokens.isWellFormed(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void a_typed_code_is_read_generously_and_anything_else_is_not_a_token() {
        assertThat(SessionTokens.normalise(" abcd-efgh ")).isEqualTo("ABCDEFGH");
        assertThat(SessionTokens.isWellFormed(SessionTokens.normalise("abcd efgh"))).isTrue();
        assertThat(SessionTokens.isWellFormed("https://example.com/")).isFalse();
        assertThat(SessionTokens.isWellFormed("ABCDEFG0")).isFalse();
        assertThat(SessionTokens.isWellFormed("")).isFalse();
    }
}
