package fi.pyykkinaru.clothesline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.staff.AuditLog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PyykkinaruTest
@RecordApplicationEvents
class LinesTest {

    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired Events events;
    @Autowired AuditLog audit;
    @Autowired ApplicationEvents published;

    private static LineDraft question(String code, String promptFi) {
        return new LineDraft(code, LineKind.ANSWER, promptFi, null, null, null, null, null, false);
    }

    private Event event() {
        return TestEvents.create(events, ModerationPolicy.PUBLISH);
    }

    private List<LinesChanged> changes(Event event) {
        return published.stream(LinesChanged.class).filter(c -> c.eventId() == event.requireId()).toList();
    }

    @Test
    void a_new_line_is_checked_field_by_field_with_translatable_messages() {
        Event event = event();
        lines.add(event.requireId(), question("supervoima", "Mikä on supervoimasi?"));

        LineDraft bad = new LineDraft("Iso Koodi!", null, null, "x".repeat(101), null, null, "apua", "h".repeat(501), true);

        assertThat(lines.check(event.requireId(), bad, true)).extracting(p -> p.field() + ":" + p.messageKey())
                .containsExactly("CODE:line.error.code", "KIND:line.error.required", "PROMPT_FI:line.error.required",
                        "PROMPT_SV:line.error.too-long", "HELP_FI:line.error.help-fi", "HELP_EN:line.error.too-long");
        assertThat(lines.check(event.requireId(), question("supervoima", "Toinen"), true))
                .extracting(LineProblem::messageKey, LineProblem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line.error.code-taken", List.of("supervoima")));
        assertThatThrownBy(() -> lines.add(event.requireId(), bad)).isInstanceOf(InvalidLineException.class);
        assertThat(lines.active(event.requireId())).hasSize(1);
    }

    @Test
    void a_code_is_suggested_from_the_finnish_prompt_and_free_in_the_event() {
        Event event = event();
        assertThat(lines.suggestCode(event.requireId(), "Mikä on supervoimasi?")).isEqualTo("mika-on-supervoimasi");
        lines.add(event.requireId(), question("mika-on-supervoimasi", "Mikä on supervoimasi?"));

        assertThat(lines.suggestCode(event.requireId(), "Mikä on supervoimasi?")).isEqualTo("mika-on-supervoimasi-2");
        assertThat(lines.suggestCode(event.requireId(), "Åbo Ärlig Öl " + "pitkä ".repeat(20)))
                .matches("[a-z0-9-]{1,40}").startsWith("abo-arlig-ol-pitka");
    }

    @Test
    void organisers_lines_are_audited_and_announced_to_the_walls() {
        Event event = event();
        Line line = lines.add(event.requireId(), question("kysymys", "Kysymys?"));

        assertThat(changes(event)).hasSize(1);
        assertThat(audit.recent(1).getFirst().action()).isEqualTo("line.add");
        assertThat(line.sortOrder()).isEqualTo(1);
        assertThat(line.accepting()).isTrue();

        lines.update(line, new LineDraft(null, LineKind.ANSWER, "Uusi kysymys?", "Ny fråga?", null, "Vastaa lyhyesti.",
                null, null, true));
        Line edited = lines.find(line.requireId()).orElseThrow();
        assertThat(edited.prompt().sv()).isEqualTo("Ny fråga?");
        assertThat(edited.prompt().en()).as("falls back to Finnish").isEqualTo("Uusi kysymys?");
        assertThat(edited.help()).isNotNull();
        assertThat(edited.themed()).isTrue();
        assertThat(edited.code()).as("stands refer to the code; it stays").isEqualTo("kysymys");
        assertThat(changes(event)).hasSize(2);
        assertThat(audit.recent(1).getFirst().action()).isEqualTo("line.edit");
    }

    @Test
    void a_save_based_on_an_older_version_is_refused_and_the_newer_values_stay() {
        Event event = event();
        Line seenByBoth = lines.add(event.requireId(), question("kysymys", "Alkuperäinen?"));
        lines.update(seenByBoth, question(null, "Ensimmäisen järjestäjän?"));

        assertThatThrownBy(() -> lines.update(seenByBoth, question(null, "Toisen järjestäjän?")))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(lines.find(seenByBoth.requireId()).orElseThrow().prompt().fi()).isEqualTo("Ensimmäisen järjestäjän?");
    }

    @Test
    void lines_move_up_and_down_and_the_order_closes_up() {
        Event event = event();
        Line a = lines.add(event.requireId(), question("a", "A?"));
        Line b = lines.add(event.requireId(), question("b", "B?"));
        Line c = lines.add(event.requireId(), question("c", "C?"));

        lines.move(c.requireId(), -1);
        assertThat(lines.active(event.requireId())).extracting(Line::code).containsExactly("a", "c", "b");
        lines.move(a.requireId(), +1);
        assertThat(lines.active(event.requireId())).extracting(Line::code).containsExactly("c", "a", "b");
        long changed = changes(event).size();
        lines.move(c.requireId(), -1);
        assertThat(changes(event)).hasSize((int) changed);
        assertThat(lines.active(event.requireId())).extracting(Line::code, Line::sortOrder)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", 1), org.assertj.core.groups.Tuple.tuple("a", 2),
                        org.assertj.core.groups.Tuple.tuple("b", 3));
        assertThat(b.code()).isEqualTo("b");
        assertThat(audit.recent(1).getFirst().action()).as("the first line moved up is no change").isEqualTo("line.down");
    }

    @Test
    void a_closed_line_stays_but_takes_no_slips_and_the_text_is_not_lost() {
        Event event = event();
        Line line = lines.add(event.requireId(), question("kysymys", "Kysymys?"));
        SlipDraft answer = SlipDraft.answer("Vastaukseni", null, null);

        lines.setAccepting(line.requireId(), false);

        assertThat(lines.active(event.requireId())).extracting(Line::accepting).containsExactly(false);
        assertThat(slips.check(line, answer)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SlipField.LINE, "slip.error.closed"));
        assertThatThrownBy(() -> slips.peg(line.requireId(), answer, null)).isInstanceOf(InvalidSlipException.class)
                .satisfies(e -> assertThat(((InvalidSlipException) e).problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("slip.error.closed"));
        assertThat(lines.slipCount(line.requireId())).isZero();
        assertThat(audit.recent(1).getFirst().action()).isEqualTo("line.close");

        lines.setAccepting(line.requireId(), true);
        assertThat(slips.peg(line.requireId(), answer, null).title()).isEqualTo("Vastaukseni");
        assertThat(changes(event)).hasSize(3);
    }

    @Test
    void a_catalogue_line_never_takes_a_visitors_slip() {
        Event event = event();
        Line catalogue = lines.add(event.requireId(), new LineDraft("luettelo", LineKind.CATALOGUE, "Luettelon käytännöt",
                null, null, null, null, null, false));

        assertThatThrownBy(() -> slips.peg(catalogue.requireId(), new SlipDraft("Käytäntö", "Kuvaus", null,
                Ownership.OWN, null, Set.of(), null, null, null, false), null))
                .isInstanceOf(InvalidSlipException.class).hasMessageContaining("slip.error.catalogue");
        assertThat(catalogue.takesSlips()).isFalse();
    }

    @Test
    void a_themed_question_line_keeps_the_visitors_themes() {
        Event event = event();
        Line themed = lines.add(event.requireId(), new LineDraft("teemat", LineKind.ANSWER, "Mitä toivot?", null, null,
                null, null, null, true));
        Line plain = lines.add(event.requireId(), question("tavallinen", "Mitä?"));

        Slip tagged = slips.peg(themed.requireId(), SlipDraft.answer("Lisää penkkejä", null, null, Set.of("ikaantyneet")), null);
        Slip untagged = slips.peg(plain.requireId(), SlipDraft.answer("Jotain", null, null, Set.of("ikaantyneet")), null);

        assertThat(tagged.themes()).containsExactly(new SlipTheme("ikaantyneet"));
        assertThat(untagged.themes()).as("a plain question drops what another form left").isEmpty();
        assertThat(slips.check(themed, SlipDraft.answer("x", null, null, Set.of("tuntematon"))))
                .extracting(FieldProblem::messageKey).containsExactly("slip.error.theme");
    }

    @Test
    void only_a_line_without_slips_is_removed_and_one_with_slips_is_to_be_closed() {
        Event event = event();
        Line empty = lines.add(event.requireId(), question("tyhja", "Tyhjä?"));
        Line used = lines.add(event.requireId(), question("kaytetty", "Käytetty?"));
        slips.peg(used.requireId(), SlipDraft.answer("Vastaus", null, null), null);

        assertThatThrownBy(() -> lines.remove(used.requireId())).isInstanceOf(LineInUseException.class)
                .satisfies(e -> assertThat(((LineInUseException) e).slipCount()).isEqualTo(1));
        lines.remove(empty.requireId());

        assertThat(lines.active(event.requireId())).extracting(Line::code).containsExactly("kaytetty");
        assertThat(audit.recent(1).getFirst().action()).isEqualTo("line.remove");
        assertThat(changes(event)).hasSize(3);
    }
}
