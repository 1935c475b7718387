package fi.pyykkinaru.clothesline;

import static fi.pyykkinaru.clothesline.PracticeMatcher.ENOUGH;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PracticeMatcherTest {

    private static double score(String typed, String title) {
        return PracticeMatcher.score(PracticeMatcher.analyse(typed), PracticeMatcher.analyse(title));
    }

    @Test
    void finnish_inflections_of_a_name_find_it() {
        assertThat(score("penkkikahvilassa", "Penkkikahvila")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("penkkikahvilan", "Penkkikahvila")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("Penkkikahvila", "Penkkikahvilassa kuultua")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("kirjastossa", "Kirjasto")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("kirjasto", "Lukupiiri kirjastossa")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("vertaistukiryhmässä", "Vertaistukiryhmä omaishoitajille")).isGreaterThanOrEqualTo(ENOUGH);
    }

    @Test
    void swedish_definite_and_plural_forms_find_the_bare_word() {
        assertThat(score("biblioteket", "Bibliotek för alla")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("bibliotek", "Biblioteken i Österbotten")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("läsecirkeln", "Läsecirkel på biblioteket")).isEqualTo(1.0);
    }

    @Test
    void english_plurals_find_the_singular() {
        assertThat(score("libraries", "Library on wheels")).isGreaterThanOrEqualTo(ENOUGH);
    }

    @Test
    void a_typo_is_forgiven_in_a_long_enough_word() {
        assertThat(score("kirjastosa", "Kirjasto")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("penkikahvila", "Penkkikahvila")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("penkkikahvlia", "Penkkikahvila")).as("two letters swapped").isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("bibliotk", "Bibliotek")).isGreaterThanOrEqualTo(ENOUGH);
    }

    @Test
    void a_word_still_being_typed_finds_what_it_begins() {
        assertThat(score("penkkika", "Penkkikahvila")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("lukupiiri kirjas", "Lukupiiri kirjastossa")).isGreaterThanOrEqualTo(ENOUGH);
    }

    @Test
    void a_part_of_a_compound_or_a_compound_typed_apart_finds_it() {
        assertThat(score("kahvilassa", "Penkkikahvila")).isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("penkki kahvila", "Penkkikahvila")).isGreaterThanOrEqualTo(ENOUGH);
    }

    @Test
    void a_longer_name_that_holds_the_whole_of_one_on_the_line_finds_it() {
        assertThat(score("Bibliotekets läsecirkel, lukupiiri kirjastosa", "Lukupiiri kirjastossa"))
                .isGreaterThanOrEqualTo(ENOUGH);
        assertThat(score("Bibliotekets läsecirkel, lukupiiri kirjastosa", "Lukupiiri ja kuntosali"))
                .isLessThan(ENOUGH);
    }

    @Test
    void small_words_do_not_count_beside_real_ones() {
        assertThat(score("penkkikahvila ja", "Penkkikahvila")).isEqualTo(1.0);
        assertThat(score("bibliotek och", "Bibliotek")).isEqualTo(1.0);
    }

    @Test
    void different_practices_are_not_taken_for_each_other() {
        assertThat(score("kirjasto", "Kirje kotiin")).isLessThan(ENOUGH);
        assertThat(score("kirja", "Kirje")).as("too short for a typo").isLessThan(ENOUGH);
        assertThat(score("penkkikahvila", "Kävelykokous")).isLessThan(ENOUGH);
        assertThat(score("kahvi", "Penkkikahvila")).as("a short piece is no part").isLessThan(ENOUGH);
        assertThat(score("bibliotek", "Biljardiklubb")).isLessThan(ENOUGH);
        assertThat(score("omaishoitajien vertaistuki", "Omaishoitajien kesäleiri")).isLessThan(ENOUGH);
    }

    @Test
    void nothing_typed_matches_nothing() {
        assertThat(score("", "Penkkikahvila")).isZero();
        assertThat(score("  -- ", "Penkkikahvila")).isZero();
    }

    @Test
    void distance_counts_a_swap_as_one_and_gives_up_past_the_limit() {
        assertThat(PracticeMatcher.distance("kahvila", "kahvlia", 2)).isEqualTo(1);
        assertThat(PracticeMatcher.distance("kirjasto", "kirjastos", 1)).isEqualTo(1);
        assertThat(PracticeMatcher.distance("kirjasto", "penkkikahvila", 2)).isEqualTo(3);
    }
}
