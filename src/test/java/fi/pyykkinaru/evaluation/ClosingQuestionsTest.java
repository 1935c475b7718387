package fi.pyykkinaru.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.printing.PdfChecks;
import fi.pyykkinaru.text.ExportTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PyykkinaruTest
class ClosingQuestionsTest {

    private static final Locale FI = Locale.of("fi");

    @Autowired ClosingQuestions closing;
    @Autowired Goals goals;
    @Autowired Events events;
    @Autowired EvaluationReport report;
    @Autowired JdbcClient jdbc;

    private Event event;
    private ClosingQuestion needs;
    private ClosingQuestion heard;
    private ClosingQuestion tips;

    @BeforeEach
    void an_event_of_its_own_with_three_questions() {
        // In the past, so that the sample stays the current event for the other tests.
        event = events.create(Event.create("eval-" + UUID.randomUUID().toString().substring(0, 8), "Arviointitesti",
                LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 4), "Tampere-talo", List.of(FI),
                ModerationPolicy.PUBLISH, List.of()));
        needs = closing.add(event.requireId(), ClosingKind.SCALE,
                new LocalizedText("Vastasiko päivä tarpeitasi?", null, "Did the day meet your needs?"), null, true);
        heard = closing.add(event.requireId(), ClosingKind.CHOICE, new LocalizedText("Mistä kuulit?", null, null),
                new LocalizedText("Työpaikalta\nSomesta\nKaverilta", null, "At work\nSocial media\nA friend"), false);
        tips = closing.add(event.requireId(), ClosingKind.TEXT, new LocalizedText("Vinkkejä?", null, null), null, false);
    }

    @Test
    void answering_again_replaces_the_first_answers_and_the_answers_name_nobody() {
        closing.answer(event.requireId(), "cookie:phone-1", Map.of(needs.requireId(), new ClosingReply(-1, null),
                tips.requireId(), new ClosingReply(null, "Enemmän taukoja")), "PHONE");
        closing.answer(event.requireId(), "cookie:phone-1", Map.of(needs.requireId(), new ClosingReply(2, null)),
                "PHONE");

        assertThat(closing.respondents(event.requireId())).isEqualTo(1);
        assertThat(closing.results(event.requireId()).getFirst().distribution()).containsEntry(2, 1L)
                .containsEntry(-1, 0L);
        assertThat(closing.results(event.requireId()).get(2).texts()).isEmpty();
        assertThat(closing.answered(event.requireId(), "cookie:phone-1")).isTrue();
        assertThat(closing.answered(event.requireId(), "cookie:phone-2")).isFalse();
        // Who answered is only a keyed hash, in a table of its own; the answers hold a random submission id.
        String hash = jdbc.sql("select respondent_hash from closing_respondent where event_id = ?")
                .param(event.requireId()).query(String.class).single();
        assertThat(hash).hasSize(64).doesNotContain("phone-1");
        assertThat(jdbc.sql("select submission from closing_answer where event_id = ?").param(event.requireId())
                .query(String.class).list()).allSatisfy(s -> assertThat(s).doesNotContain("phone").hasSize(36));
    }

    @Test
    void a_required_question_left_unanswered_or_an_option_that_is_not_there_is_refused() {
        Map<Long, ClosingReply> replies = Map.of(heard.requireId(), new ClosingReply(7, null));

        assertThat(closing.problems(event.requireId(), replies)).containsOnlyKeys(needs.requireId(), heard.requireId());
        assertThatThrownBy(() -> closing.answer(event.requireId(), "kiosk:x", replies, "KIOSK"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(closing.respondents(event.requireId())).isZero();
    }

    @Test
    void results_count_each_choice_and_the_scale_mean_and_the_export_has_a_row_per_visitor() {
        int[][] answers = {{2, 0}, {1, 0}, {1, 2}, {-1, 1}};
        for (int i = 0; i < answers.length; i++) {
            closing.answer(event.requireId(), "kiosk:" + i, Map.of(needs.requireId(), new ClosingReply(answers[i][0], null),
                    heard.requireId(), new ClosingReply(answers[i][1], null)), "KIOSK");
        }

        List<ClosingResult> results = closing.results(event.requireId());
        assertThat(results.getFirst().count()).isEqualTo(4);
        assertThat(results.getFirst().meanText(FI)).isEqualTo("+0,8");
        assertThat(results.get(1).labelled(Locale.ENGLISH)).containsExactly(Map.entry("At work", 2L),
                Map.entry("Social media", 1L), Map.entry("A friend", 1L));
        assertThat(closing.summary(results.get(1), FI)).isEqualTo("4 vastausta, eniten: Työpaikalta (2)");
        ExportTable table = closing.export(event.requireId(), FI, "Nro", "Päivä", "Kanava");
        assertThat(table.columns()).containsExactly("Nro", "Päivä", "Kanava", "Vastasiko päivä tarpeitasi?",
                "Mistä kuulit?", "Vinkkejä?");
        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().get(3).subList(2, 6)).containsExactly("KIOSK", "-1", "Somesta", "");
    }

    @Test
    void a_choice_question_with_answers_keeps_its_options_count_but_may_be_reworded() {
        closing.answer(event.requireId(), "kiosk:a", Map.of(needs.requireId(), new ClosingReply(0, null),
                heard.requireId(), new ClosingReply(1, null)), "KIOSK");

        assertThatThrownBy(() -> closing.edit(heard.requireId(), heard.version(), ClosingKind.CHOICE, heard.text(),
                new LocalizedText("Työ\nSome", null, null), false)).isInstanceOf(IllegalStateException.class);
        ClosingQuestion edited = closing.edit(heard.requireId(), heard.version(), ClosingKind.CHOICE, heard.text(),
                new LocalizedText("Työ\nSosiaalinen media\nYstävä", null, null), false);
        assertThat(edited.options(FI)).containsExactly("Työ", "Sosiaalinen media", "Ystävä");
        closing.move(tips.requireId(), -1);
        assertThat(closing.ofEvent(event.requireId())).extracting(ClosingQuestion::requireId)
                .containsExactly(needs.requireId(), tips.requireId(), heard.requireId());
    }

    @Test
    void the_report_puts_goals_marks_comments_figures_and_answers_together() throws Exception {
        closing.answer(event.requireId(), "kiosk:r", Map.of(needs.requireId(), new ClosingReply(2, null),
                tips.requireId(), new ClosingReply(null, "Lisää kahvia")), "KIOSK");
        EventGoal goal = goals.add(event.requireId(), "Kävijät kokevat päivän hyödylliseksi");
        goals.mark(goal.requireId(), goal.version(), GoalStatus.MET, "Keskiarvo ylitti tavoitteen.",
                List.of("closing:" + needs.requireId(), "closing-respondents"));
        goals.add(event.requireId(), "Sata uutta käytäntöä");

        String text = PdfChecks.text(report.pdf(event, FI));

        assertThat(text).contains("Arviointiraportti: Arviointitesti", "1. Kävijät kokevat päivän hyödylliseksi",
                "Arvio: Toteutui", "Keskiarvo ylitti tavoitteen.", "1 vastaus, keskiarvo +2,0",
                "2. Sata uutta käytäntöä", "Arvio: Ei vielä arvioitu", "Loppukysymykset", "Lisää kahvia",
                "1 kävijä vastasi loppukysymyksiin.");
    }
}
