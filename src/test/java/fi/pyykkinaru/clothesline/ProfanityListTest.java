package fi.pyykkinaru.clothesline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfanityListTest {

    private final ProfanityList list = new ProfanityList();

    @Test
    void finnish_swedish_and_english_words_match_whatever_their_case_and_punctuation() {
        assertThat(list.matches("Voi HITTO!")).isTrue();
        assertThat(list.matches("Fan vad bra!")).isTrue();
        assertThat(list.matches("what a bullshit idea")).isTrue();
        assertThat(list.matches("haista paska nyt")).isTrue();
    }

    @Test
    void a_word_inside_another_word_does_not_match() {
        assertThat(list.matches("Hittolainen hiihtää")).isFalse();
        assertThat(list.matches("Skitsofrenian hoitopolku")).isFalse();
        assertThat(list.matches("Kävelevä kahvila ikäihmisille")).isFalse();
    }

    @Test
    void everyday_words_that_another_language_lists_do_not_match() {
        assertThat(list.matches("Hyvä, mutta kallis; voisi olla halvempi")).isFalse();
        assertThat(list.matches("Muna ja pipari, sås och stake")).isFalse();
    }

    @Test
    void empty_and_missing_texts_do_not_match() {
        assertThat(list.matches("", null)).isFalse();
    }
}
