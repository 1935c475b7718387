package fi.pyykkinaru.clothesline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlipCardTest {

    @Test
    void a_title_of_short_words_keeps_its_size() {
        assertThat(SlipCard.fit("Peer support on community radio")).isEmpty();
        assertThat(SlipCard.fit("Perhekeskus")).isEmpty();
    }

    @Test
    void a_long_word_sets_the_title_smaller_in_proportion_to_its_length() {
        // 16 letters where 13 fit a line: 13/16 of the size.
        assertThat(SlipCard.fit("Vertaistukiryhmä omaishoitajille verkossa")).isEqualTo(" style=\"--fit:0.81\"");
        assertThat(SlipCard.fit("Työkokeilu kirjaston asiakaspalvelussa")).isEqualTo(" style=\"--fit:0.76\"");
        assertThat(SlipCard.fit("Jag hittar alltid en parkeringsplats")).isEqualTo(" style=\"--fit:0.87\"");
    }
}
