package fi.pyykkinaru.clothesline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.i18n.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PyykkinaruTest
class SlipVoicesTest {

    @Autowired Slips slips;
    @Autowired SlipVoices voices;
    @Autowired PracticeSearch search;
    @Autowired Catalogue catalogue;
    @Autowired Lines lines;
    @Autowired Events events;
    @Autowired JdbcTemplate jdbc;

    private static SlipDraft practice(String title) {
        return new SlipDraft(title, "Hyvä, koska se toimii.", null, Ownership.OTHER, Region.LAPPI, Set.of(), null,
                null, null, false);
    }

    @Test
    void a_plus_one_counts_on_the_slip_and_its_comment_is_shown() {
        Line line = TestEvents.practiceLine(lines, TestEvents.create(events, ModerationPolicy.PUBLISH));
        Slip slip = slips.peg(line.requireId(), practice("Penkkikahvila"), null);

        voices.addToSlip(slip.requireId(), "  Meilläkin!  ", "Osasto A");
        voices.addToSlip(slip.requireId(), "", "Osasto A");

        assertThat(voices.ofSlips(List.of(slip.requireId()))).containsEntry(slip.requireId(), 2L);
        assertThat(voices.commentsOfSlip(slip.requireId())).containsExactly("Meilläkin!");
        assertThat(jdbc.queryForObject("select count(*) from slip_voice where slip_id = ? and comment is null",
                Long.class, slip.requireId())).isEqualTo(1);
    }

    @Test
    void a_profane_comment_is_held_yet_its_plus_one_counts_until_staff_hide_it() {
        Line line = TestEvents.practiceLine(lines, TestEvents.create(events, ModerationPolicy.FILTER));
        Slip slip = slips.peg(line.requireId(), practice("Kirjastoauto"), null);

        SlipVoice voice = voices.addToSlip(slip.requireId(), "Ihan paskaa", null);

        assertThat(voice.status()).isEqualTo(SlipStatus.HELD);
        assertThat(voices.commentsOfSlip(slip.requireId())).isEmpty();
        assertThat(voices.ofSlips(List.of(slip.requireId()))).containsEntry(slip.requireId(), 1L);

        voices.changeStatus(voice.requireId(), SlipStatus.HIDDEN);

        assertThat(voices.ofSlips(List.of(slip.requireId()))).isEmpty();
    }

    @Test
    void a_slip_not_on_the_wall_takes_no_voice_and_an_overlong_comment_is_refused() {
        Event event = TestEvents.create(events, ModerationPolicy.HOLD_ALL);
        Line line = TestEvents.practiceLine(lines, event);
        Slip held = slips.peg(line.requireId(), practice("Odottaa"), null);

        assertThatThrownBy(() -> voices.addToSlip(held.requireId(), null, null))
                .isInstanceOf(java.util.NoSuchElementException.class);
        slips.changeStatus(held.requireId(), SlipStatus.PUBLISHED);
        assertThatThrownBy(() -> voices.addToSlip(held.requireId(), "x".repeat(SlipVoices.COMMENT_MAX + 1), null))
                .isInstanceOf(InvalidSlipException.class);
        assertThat(voices.ofSlips(List.of(held.requireId()))).isEmpty();
    }

    @Test
    void an_inflected_name_finds_the_slip_and_the_catalogue_entry_and_a_report_may_link_to_the_entry() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line practices = TestEvents.practiceLine(lines, event);
        Line answers = TestEvents.answerLine(lines, event);
        Line catalogueLine = lines.create(Line.create(event.requireId(), "luettelo", LineKind.CATALOGUE,
                new LocalizedText("Luettelo", "Katalog", "Catalogue"), 9));
        Slip slip = slips.peg(practices.requireId(), practice("Penkkikahvila torilla"), null);
        slips.peg(answers.requireId(), SlipDraft.answer("Penkkikahvila", null, null), null);
        CatalogueEntry entry = catalogue.save(CatalogueEntry.create(catalogueLine, "https://example.fi/penkkikahvila",
                "Penkkikahvilat päättäjille", null, "Osallisuustiimi", null, null, null, Instant.now()));
        voices.addToEntry(entry.requireId(), null, null);

        List<PracticeSearch.Found> found = search.alreadyHere(event.requireId(), "penkkikahvilassa", 5);

        assertThat(found).extracting(PracticeSearch.Found::kind, PracticeSearch.Found::id).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(PracticeSearch.Found.Kind.SLIP, slip.requireId()),
                org.assertj.core.groups.Tuple.tuple(PracticeSearch.Found.Kind.CATALOGUE, entry.requireId()));
        assertThat(found).filteredOn(f -> f.kind() == PracticeSearch.Found.Kind.CATALOGUE)
                .extracting(PracticeSearch.Found::voices).containsExactly(1L);
        assertThat(search.search(event.requireId(), "penkkikahvilan", 10)).as("the wall's search finds answers too")
                .hasSize(3);

        Slip linked = slips.peg(practices.requireId(), practice("Penkkikahvila kirjastossa").linkedTo(entry.requireId()),
                null);
        assertThat(linked.catalogueEntryId()).isEqualTo(entry.requireId());
    }
}
