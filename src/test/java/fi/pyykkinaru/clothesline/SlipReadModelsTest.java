package fi.pyykkinaru.clothesline;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.text.ExportTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the clothesline tells others of its slips: counts, texts and export rows, hidden slips left out. */
@PyykkinaruTest
class SlipReadModelsTest {

    @Autowired SlipTally tally;
    @Autowired SlipTexts texts;
    @Autowired SlipExport export;
    @Autowired Slips slips;
    @Autowired Lines lines;
    @Autowired Events events;
    @Autowired Clock clock;

    private Event event;
    private Line practices;
    private Line answers;
    private Slip kept;
    private Slip held;

    @BeforeEach
    void wall() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        practices = TestEvents.practiceLine(lines, event);
        answers = TestEvents.answerLine(lines, event);
        kept = slips.peg(practices.requireId(), new SlipDraft("Kirjastoauto", "Kiertää kylät.", "Kyläkoulu ry",
                Ownership.OTHER, Region.LAPPI, Set.of("ikaantyneet"), "omistaja@example.fi", null, null, false), "Halli A");
        Slip hidden = slips.peg(practices.requireId(), new SlipDraft("Piilotettu", "Kuvaus.", null, Ownership.OWN, Region.LAPPI,
                Set.of("ikaantyneet"), null, null, null, false), "Halli A");
        slips.changeStatus(hidden.requireId(), SlipStatus.HIDDEN);
        held = slips.peg(answers.requireId(), SlipDraft.answer("Odottaa", null, null), "Halli B");
        slips.changeStatus(held.requireId(), SlipStatus.HELD);
        slips.peg(answers.requireId(), SlipDraft.answer("Sisu", null, Region.HELSINKI), "Halli B");
    }

    @Test
    void slips_are_counted_by_line_region_theme_and_hour_held_ones_too_hidden_ones_not() {
        SlipFilter all = SlipFilter.all(event.id());

        assertThat(tally.count(all)).isEqualTo(3);
        assertThat(tally.perLine(all)).containsExactly(java.util.Map.entry(practices.requireId(), 1L),
                java.util.Map.entry(answers.requireId(), 2L));
        assertThat(tally.perRegion(all)).containsOnly(java.util.Map.entry("LAPPI", 1L),
                java.util.Map.entry("HELSINKI", 1L), java.util.Map.entry("", 1L));
        assertThat(tally.perTheme(all)).containsExactly(java.util.Map.entry("ikaantyneet", 1L));
        assertThat(tally.perHour(all).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        assertThat(tally.stands(event.id())).containsExactly("Halli A", "Halli B");
    }

    @Test
    void the_filter_takes_a_day_a_line_and_a_stand() {
        LocalDate today = LocalDate.now(clock);

        assertThat(tally.count(new SlipFilter(event.id(), today, null, "Halli B"))).isEqualTo(2);
        assertThat(tally.count(new SlipFilter(event.id(), today, practices.requireId(), null))).isEqualTo(1);
        assertThat(tally.count(new SlipFilter(event.id(), today.minusDays(1), null, null))).isZero();
        assertThat(tally.perLine(new SlipFilter(event.id(), null, null, "Halli A")))
                .as("every line of the event is counted, its slips or none")
                .containsExactly(java.util.Map.entry(practices.requireId(), 1L), java.util.Map.entry(answers.requireId(), 0L));
    }

    @Test
    void only_published_slips_are_told_and_only_practices_are_practices() {
        assertThat(texts.publishedPractice(kept.requireId())).contains(new PracticeSlip(kept.requireId(), event.id(),
                "Kirjastoauto", "Kiertää kylät.", "Kyläkoulu ry", "omistaja@example.fi"));
        assertThat(texts.publishedPractice(held.requireId())).isEmpty();
        assertThat(texts.publishedPracticeIds(event.id())).containsExactly(kept.requireId());
        assertThat(texts.publishedTitles(answers.requireId())).containsExactly("Sisu");
        assertThat(texts.published(new SlipFilter(event.id(), LocalDate.now(clock), null, null)))
                .extracting(PublishedSlip::title).containsExactly("Kirjastoauto", "Sisu");
    }

    @Test
    void the_export_rows_hold_every_slip_and_the_anonymised_ones_no_contacts() {
        ExportTable full = export.rows(event.id(), false);
        ExportTable anonymised = export.rows(event.id(), true);

        assertThat(full.rows()).hasSize(4);
        assertThat(full.columns()).contains("title", "themes", "voices", "owner_contact", "reporter_email");
        assertThat(full.rows().getFirst()).contains("Kirjastoauto", "ikaantyneet", "omistaja@example.fi");
        assertThat(anonymised.columns()).doesNotContain("owner_contact", "reporter_name", "reporter_email");
        assertThat(anonymised.rows()).hasSize(4).noneMatch(row -> row.contains("omistaja@example.fi"));
        assertThat(List.of(full.columns().size(), anonymised.columns().size())).containsExactly(16, 12);
    }
}
