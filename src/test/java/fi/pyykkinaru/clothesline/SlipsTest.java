package fi.pyykkinaru.clothesline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

@PyykkinaruTest
class SlipsTest {

    @Autowired Slips slips;
    @Autowired Lines lines;
    @Autowired Events events;
    @Autowired WallBroadcaster broadcaster;
    @Autowired JdbcTemplate jdbc;

    private static SlipDraft practice(String title) {
        return new SlipDraft(title, "Hyvä, koska se toimii.", "Järjestö ry", Ownership.OTHER, Region.LAPPI,
                Set.of("ikaantyneet"), "omistaja@example.fi", "Maija Meikäläinen", "maija@example.fi", true);
    }

    @Test
    void a_pegged_slip_hangs_on_its_line_newest_first() {
        Line line = TestEvents.practiceLine(lines, TestEvents.create(events, ModerationPolicy.PUBLISH));

        slips.peg(line.requireId(), practice("Ensimmäinen"), "Osasto A");
        Slip second = slips.peg(line.requireId(), practice("Toinen"), "Osasto A");

        WallPage page = slips.wallPage(line, 0, 24);
        assertThat(page.slips()).extracting(WallSlip::title).containsExactly("Toinen", "Ensimmäinen");
        assertThat(page.total()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(SlipStatus.PUBLISHED);
        assertThat(second.stand()).isEqualTo("Osasto A");
        assertThat(second.themes()).containsExactly(new SlipTheme("ikaantyneet"));
    }

    @Test
    void the_wall_never_shows_names_emails_or_contacts() {
        Line line = TestEvents.practiceLine(lines, TestEvents.create(events, ModerationPolicy.PUBLISH));
        slips.peg(line.requireId(), practice("Julkinen"), null);

        WallSlip shown = slips.wallPage(line, 0, 24).slips().getFirst();

        assertThat(shown.toString()).doesNotContain("Maija", "maija@example.fi", "omistaja@example.fi");
    }

    @Test
    void a_wall_page_holds_at_most_one_page_of_slips() {
        Line line = TestEvents.answerLine(lines, TestEvents.create(events, ModerationPolicy.PUBLISH));
        for (int i = 0; i < 30; i++) {
            slips.peg(line.requireId(), SlipDraft.answer("Vastaus " + i, null, null), null);
        }

        WallPage first = slips.wallPage(line, 0, 24);
        WallPage second = slips.wallPage(line, 1, 24);

        assertThat(first.slips()).hasSize(24);
        assertThat(first.hasOlder()).isTrue();
        assertThat(second.slips()).hasSize(6).extracting(WallSlip::title).endsWith("Vastaus 0");
        assertThat(second.hasOlder()).isFalse();
        assertThat(second.hasNewer()).isTrue();
    }

    @Test
    void a_refused_slip_stores_nothing() {
        Line line = TestEvents.practiceLine(lines, TestEvents.create(events, ModerationPolicy.PUBLISH));
        Integer before = jdbc.queryForObject("select count(*) from slip", Integer.class);

        assertThatThrownBy(() -> slips.peg(line.requireId(), practice("x".repeat(121)), null))
                .isInstanceOf(InvalidSlipException.class)
                .satisfies(e -> assertThat(((InvalidSlipException) e).problems())
                        .extracting(FieldProblem::field).containsExactly(SlipField.TITLE));

        assertThat(jdbc.queryForObject("select count(*) from slip", Integer.class)).isEqualTo(before);
    }

    @Test
    void with_the_filter_a_profane_slip_waits_for_review_and_a_clean_one_goes_up() {
        Line line = TestEvents.practiceLine(lines, TestEvents.create(events, ModerationPolicy.FILTER));

        Slip profane = slips.peg(line.requireId(), practice("Paska idea"), null);
        Slip clean = slips.peg(line.requireId(), practice("Hyvä idea"), null);

        assertThat(profane.status()).isEqualTo(SlipStatus.HELD);
        assertThat(clean.status()).isEqualTo(SlipStatus.PUBLISHED);
        assertThat(slips.wallPage(line, 0, 24).slips()).extracting(WallSlip::title).containsExactly("Hyvä idea");
    }

    @Test
    void holding_every_slip_keeps_the_wall_empty_until_staff_approve() {
        Event event = TestEvents.create(events, ModerationPolicy.HOLD_ALL);
        Line line = TestEvents.practiceLine(lines, event);
        Slip held = slips.peg(line.requireId(), practice("Odottaa"), null);
        assertThat(slips.wallPage(line, 0, 24).slips()).isEmpty();
        assertThat(slips.withStatus(event.id(), SlipStatus.HELD, 10)).extracting(Slip::id).containsExactly(held.id());

        slips.changeStatus(held.requireId(), SlipStatus.PUBLISHED);

        assertThat(slips.wallPage(line, 0, 24).slips()).extracting(WallSlip::title).containsExactly("Odottaa");
    }

    @Test
    void a_hidden_slip_leaves_the_wall_and_comes_back_when_unhidden() {
        Line line = TestEvents.practiceLine(lines, TestEvents.create(events, ModerationPolicy.PUBLISH));
        Slip slip = slips.peg(line.requireId(), practice("Loukkaava"), null);

        slips.changeStatus(slip.requireId(), SlipStatus.HIDDEN);
        assertThat(slips.wallPage(line, 0, 24).slips()).isEmpty();
        assertThat(slips.published(slip.requireId())).isEmpty();

        slips.changeStatus(slip.requireId(), SlipStatus.PUBLISHED);
        assertThat(slips.published(slip.requireId())).isPresent();
    }

    @Test
    void every_open_wall_of_the_event_hears_of_a_pegged_slip() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line line = TestEvents.practiceLine(lines, event);
        List<Long> heard = new CopyOnWriteArrayList<>();
        List<Long> otherEvent = new CopyOnWriteArrayList<>();
        var subscription = broadcaster.subscribe(event.id(), heard::add);
        var other = broadcaster.subscribe(event.id() + 1000, otherEvent::add);
        try {
            slips.peg(line.requireId(), practice("Kuuluu kaikille"), null);

            await().atMost(1, TimeUnit.SECONDS).untilAsserted(() -> assertThat(heard).containsExactly(line.id()));
            assertThat(otherEvent).isEmpty();
        } finally {
            subscription.cancel();
            other.cancel();
        }
    }

    @Test
    void emoji_and_markup_are_stored_as_typed() {
        Line line = TestEvents.practiceLine(lines, TestEvents.create(events, ModerationPolicy.PUBLISH));
        String title = "<b>Lähi</b>kuntosali 💪🏽 ja \"lainaus\"; DROP TABLE slip;--";

        Slip slip = slips.peg(line.requireId(), practice(title), null);

        assertThat(slips.published(slip.requireId())).get().extracting(WallSlip::title).isEqualTo(title);
    }
}
