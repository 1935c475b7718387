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
    void inflected_forms_of_listed_words_match() {
        assertThat(list.matches("Ihan paskaa")).isTrue();
        assertThat(list.matches("Voi perkeleen perkele")).isTrue();
        assertThat(list.matches("saatanan hyvä idea")).isTrue();
        assertThat(list.matches("no blow jobs here")).as("a listed phrase, inflected").isTrue();
        assertThat(list.matches("Jävlarna i styrelsen")).isTrue();
        assertThat(list.matches("Kuken")).isTrue();
        assertThat(list.matches("these bitches")).isTrue();
        assertThat(list.matches("Nobody gives two fucks")).isTrue();
    }

    @Test
    void everyday_words_that_begin_like_a_listed_word_do_not_match() {
        assertThat(list.matches("Kuka tahansa voi tulla, kukat tuodaan kirjaston pihalta")).isFalse();
        assertThat(list.matches("Kullan ja hopean kierrätys kouluissa")).isFalse();
        assertThat(list.matches("Saatan tulla myöhemmin, satanen säästöön")).isFalse();
        assertThat(list.matches("Perheiden persoonallinen palvelu")).isFalse();
        assertThat(list.matches("Rövarna i Kardemummastaden på biblioteket")).isFalse();
        assertThat(list.matches("Kusiner som läxhjälpare, fanan i topp och smutsig snö bort")).isFalse();
        assertThat(list.matches("Football fans clean the park")).isFalse();
        assertThat(list.matches("Finger painting and ball games for toddlers")).isFalse();
        assertThat(list.matches("Throat singing and shrimp fishing in Scunthorpe")).isFalse();
        assertThat(list.matches("Assessment of reading skills with classic cocktails")).isFalse();
    }

    @Test
    void ordinary_practice_titles_do_not_match() {
        assertThat(list.matches("Kirjastoauto kyläkouluille", "Ikäihmisten tuolijumppa ja kahvihetki",
                "Nuorten kesätyöseteli", "Perhekahvila maahanmuuttajille", "Pallopelit pihalla")).isFalse();
        assertThat(list.matches("Läxhjälp för nyanlända", "Språkcafé på biblioteket", "Seniorernas promenadgrupp",
                "Fritidsgård för unga", "Kulturkompis")).isFalse();
        assertThat(list.matches("Walking football for seniors", "Repair café in the library", "Homework club",
                "Community garden on the school roof", "Bus passes for young people")).isFalse();
    }

    @Test
    void empty_and_missing_texts_do_not_match() {
        assertThat(list.matches("", null)).isFalse();
    }
}
