package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.i18n.Translations;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an application is held to: a draft only to what can be stored, a sent one to the call's questions. */
class ApplicationCheckTest {

    static final Call CALL = new Call(1L, 2L, CallKind.TAKEOVER, Instant.parse("2026-10-01T00:00:00Z"),
            Instant.parse("2026-10-31T00:00:00Z"), null, null, null, null, List.of(
                    question("idea", QuestionKind.LONG_TEXT, true, 100, null),
                    question("network", QuestionKind.SHORT_TEXT, false, null, null),
                    question("format", QuestionKind.CHOICE, true, null,
                            new LocalizedText("Paneeli\nTyöpaja", "Panel\nVerkstad", "Panel\nWorkshop")),
                    question("online", QuestionKind.YES_NO, false, null, null),
                    question("contact", QuestionKind.CONTACT, true, null, null),
                    question("accept", QuestionKind.CONSENT, true, null, null)),
            List.of(), 0);

    static Question question(String key, QuestionKind kind, boolean required, Integer max, LocalizedText options) {
        return new Question(key, kind, required, max, new LocalizedText("Kysymys " + key, null, "Question " + key),
                options);
    }

    static ApplicationForm form(String email, Map<String, String> answers) {
        return new ApplicationForm("fi", "", "Maija Meikäläinen", "Järjestö ry", email, "", answers);
    }

    @Test
    void an_empty_draft_is_fine_and_sent_it_names_every_missing_answer_by_its_field() {
        ApplicationForm empty = ApplicationForm.empty("fi");

        assertThat(ApplicationCheck.problems(CALL, empty, false)).isEmpty();
        assertThat(ApplicationCheck.problems(CALL, empty, true)).extracting(ApplicationProblem::field,
                ApplicationProblem::key).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("call-q-1", "call.page.error.required"),
                        org.assertj.core.groups.Tuple.tuple("call-q-3", "call.page.error.required"),
                        org.assertj.core.groups.Tuple.tuple("call-responsible-name", "call.page.error.name"),
                        org.assertj.core.groups.Tuple.tuple("call-responsible-email", "call.page.error.email-missing"),
                        org.assertj.core.groups.Tuple.tuple("call-q-6", "call.page.error.consent"));
    }

    @Test
    void a_too_long_answer_is_refused_even_in_a_draft_with_the_limit_and_the_length() {
        ApplicationForm form = form("", Map.of("idea", "x".repeat(101)));

        assertThat(ApplicationCheck.problems(CALL, form, false)).containsExactly(
                new ApplicationProblem("call-q-1", "call.page.error.too-long", List.of(100, 101)));
    }

    @Test
    void a_line_end_from_a_browser_counts_as_one_character_as_the_page_says() {
        ApplicationForm form = form("", Map.of("idea", "a\r\n".repeat(50)));

        assertThat(form.answer("idea")).hasSize(99);
        assertThat(ApplicationCheck.problems(CALL, form, false)).isEmpty();
    }

    @Test
    void an_email_not_shaped_like_one_a_phone_of_letters_and_a_choice_not_offered_are_named_when_sent() {
        ApplicationForm form = new ApplicationForm("fi", "", "Maija", "", "maija.example.org", "call me",
                Map.of("idea", "Idea", "format", "Jotain muuta", "accept", "yes"));

        assertThat(ApplicationCheck.problems(CALL, form, true)).extracting(ApplicationProblem::key).containsExactly(
                "call.page.error.choice", "call.page.error.email", "call.page.error.phone");
    }

    @Test
    void a_choice_made_in_another_language_is_still_a_choice_and_yes_no_takes_only_yes_or_no() {
        ApplicationForm form = form("maija@example.org",
                Map.of("idea", "Idea", "format", "Workshop", "online", "maybe", "accept", "yes"));

        assertThat(ApplicationCheck.problems(CALL, form, true)).containsExactly(
                new ApplicationProblem("call-q-4", "call.page.error.choice", List.of()));
    }

    @Test
    void a_title_left_empty_is_the_first_sentence_of_the_first_long_answer_or_its_first_80_characters() {
        assertThat(ProposalTitles.of(CALL, form("", Map.of("idea", "Yhteiskehittäminen käytäntöön. Toinen lause.",
                "network", "Verkosto")))).isEqualTo("Yhteiskehittäminen käytäntöön");
        String longSentence = "Kokeilemme " + "hyvin ".repeat(30) + "pitkää lausetta";
        assertThat(ProposalTitles.of(CALL, form("", Map.of("idea", longSentence))))
                .hasSizeLessThanOrEqualTo(80).endsWith("hyvin…");
        assertThat(ProposalTitles.of(CALL, form("", Map.of("network", "Sote-verkosto")))).isEqualTo("Sote-verkosto");
        assertThat(ProposalTitles.of(CALL, ApplicationForm.empty("fi"))).isNull();
    }

    @Test
    void every_refusal_and_default_task_has_its_words_in_every_language() {
        Translations translations = new Translations();
        List<String> keys = new java.util.ArrayList<>(Applications.DEFAULT_TASKS);
        Arrays.stream(Applied.Refusal.values()).map(Applied.Refusal::key).forEach(keys::add);
        Arrays.stream(ProposalStatus.values()).forEach(s -> {
            keys.add("call.page.status." + s.name());
            keys.add("call.page.status." + s.name() + ".meaning");
        });
        Arrays.stream(CallKind.values()).forEach(k -> keys.add("call.page.kind." + k.name()));
        for (var locale : Translations.LOCALES) {
            for (String key : keys) {
                assertThat(translations.getTranslation(key, locale)).as("%s in %s", key, locale).doesNotStartWith("!");
            }
        }
    }
}
