package fi.pyykkinaru.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoterTagsTest {

    @Test
    void the_same_voter_in_the_same_place_gets_the_same_mark() {
        assertThat(VoterTags.tag("cookie:1b7c", "feedback:7")).isEqualTo(VoterTags.tag("cookie:1b7c", "feedback:7"))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void one_voter_in_two_places_has_marks_with_nothing_in_common() {
        String morning = VoterTags.tag("cookie:1b7c", "feedback:7");
        String afternoon = VoterTags.tag("cookie:1b7c", "feedback:8");
        String closing = VoterTags.tag("cookie:1b7c", "closing:7");

        assertThat(morning).isNotEqualTo(afternoon).isNotEqualTo(closing);
        assertThat(commonPrefix(morning, afternoon)).isLessThan(8);
    }

    @Test
    void two_voters_in_one_place_differ_and_no_mark_shows_its_key() {
        String one = VoterTags.tag("badge:23456789ABCDEFGHJKMNPQRSTU", "feedback:7");
        String other = VoterTags.tag("badge:23456789ABCDEFGHJKMNPQRSTV", "feedback:7");

        assertThat(one).isNotEqualTo(other).doesNotContain("2345", "feedback");
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
