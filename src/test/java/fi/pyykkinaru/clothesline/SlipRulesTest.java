package fi.pyykkinaru.clothesline;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.event.Region;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlipRulesTest {

    private static final Set<String> THEMES = Set.of("ikaantyneet", "digi");

    private static SlipDraft practice(String title, String body) {
        return new SlipDraft(title, body, null, Ownership.OWN, Region.LAPPI, Set.of(), null, null, null, false);
    }

    private static List<String> problems(SlipDraft draft) {
        return SlipRules.check(draft, LineKind.PRACTICE, THEMES).stream()
                .map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void a_complete_practice_passes() {
        assertThat(problems(practice("Kävelevä kahvila", "Yhdessä lähimetsään joka tiistai."))).isEmpty();
    }

    @Test
    void name_description_and_whose_practice_are_required() {
        SlipDraft empty = new SlipDraft("  ", "\n", null, null, null, Set.of(), null, null, null, false);

        assertThat(problems(empty)).containsExactly("TITLE:slip.error.required", "BODY:slip.error.required",
                "OWNERSHIP:slip.error.choose");
    }

    @Test
    void the_name_may_have_120_characters_counting_an_emoji_as_one() {
        String emoji120 = "💪".repeat(120);

        assertThat(problems(practice(emoji120, "ok"))).isEmpty();
        assertThat(SlipRules.check(practice(emoji120 + "x", "ok"), LineKind.PRACTICE, THEMES))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo("slip.error.too-long");
                    assertThat(p.args()).containsExactly(120, 121);
                });
    }

    @Test
    void the_description_may_have_600_characters() {
        assertThat(problems(practice("x", "a".repeat(600)))).isEmpty();
        assertThat(problems(practice("x", "a".repeat(601)))).containsExactly("BODY:slip.error.too-long");
    }

    @Test
    void a_pasted_megabyte_is_refused_with_its_length() {
        String megabyte = "ä".repeat(1_048_576);

        assertThat(SlipRules.check(practice(megabyte, megabyte), LineKind.PRACTICE, THEMES))
                .extracting(FieldProblem::messageKey, p -> p.args().get(1))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("slip.error.too-long", 1_048_576),
                        org.assertj.core.groups.Tuple.tuple("slip.error.too-long", 1_048_576));
    }

    @Test
    void control_characters_are_refused_but_line_breaks_in_the_description_are_kept() {
        assertThat(problems(practice("Bell\u0007", "Line one\nline two\ttabbed"))).containsExactly("TITLE:slip.error.control");
        assertThat(problems(practice("ok", "null \u0000 byte"))).containsExactly("BODY:slip.error.control");
        assertThat(fi.pyykkinaru.text.PlainText.withoutControlCharacters("a\u0000b\u001bc\nd", true)).isEqualTo("abc\nd");
    }

    @Test
    void markup_and_right_to_left_text_are_plain_text() {
        assertThat(problems(practice("<script>alert('x')</script>", "مرحبا <b>bold</b> \u200F"))).isEmpty();
    }

    @Test
    void name_and_email_are_kept_only_with_consent() {
        SlipDraft withoutConsent = new SlipDraft("x", "y", null, Ownership.OTHER, null, Set.of(), null, "Maija",
                "maija@example.fi", false);
        SlipDraft withConsent = new SlipDraft("x", "y", null, Ownership.OTHER, null, Set.of(), null, "Maija",
                "maija@example.fi", true);

        assertThat(problems(withoutConsent)).containsExactly("CONSENT:slip.error.consent");
        assertThat(problems(withConsent)).isEmpty();
    }

    @Test
    void an_email_must_look_like_one() {
        SlipDraft draft = new SlipDraft("x", "y", null, Ownership.OWN, null, Set.of(), null, null, "maija@", true);

        assertThat(problems(draft)).containsExactly("REPORTER_EMAIL:slip.error.email");
    }

    @Test
    void themes_come_from_the_event_list() {
        SlipDraft draft = new SlipDraft("x", "y", null, Ownership.OWN, null, Set.of("digi", "made-up"), null, null,
                null, false);

        assertThat(problems(draft)).containsExactly("THEMES:slip.error.theme");
    }

    @Test
    void an_answer_needs_only_its_text() {
        assertThat(SlipRules.check(SlipDraft.answer("Kuuntelen", null, null), LineKind.ANSWER, THEMES)).isEmpty();
        assertThat(SlipRules.check(SlipDraft.answer(" ", null, null), LineKind.ANSWER, THEMES))
                .extracting(FieldProblem::messageKey).containsExactly("slip.error.required");
    }

    @Test
    void an_answer_line_drops_what_another_form_left_behind() {
        SlipDraft practice = new SlipDraft("x", "y", "Org", Ownership.OTHER, Region.KAINUU, Set.of("digi"), "owner",
                "Name", "e@example.fi", true);

        SlipDraft kept = practice.forKind(LineKind.ANSWER);

        assertThat(kept).isEqualTo(SlipDraft.answer("x", "y", Region.KAINUU));
        assertThat(kept.reporterName()).isNull();
    }

    @Test
    void drafts_are_tidied() {
        SlipDraft draft = new SlipDraft("  Nimi  ", "a\r\nb\rc", "", null, null, Set.of(), " ", null, null, false);

        assertThat(draft.title()).isEqualTo("Nimi");
        assertThat(draft.body()).isEqualTo("a\nb\nc");
        assertThat(draft.organisation()).isNull();
        assertThat(draft.ownerContact()).isNull();
    }
}
