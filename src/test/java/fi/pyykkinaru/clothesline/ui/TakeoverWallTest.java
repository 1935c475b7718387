package fi.pyykkinaru.clothesline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandOnScreen;
import fi.pyykkinaru.kiosk.StandSlot;
import fi.pyykkinaru.kiosk.StandSlots;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.kiosk.ThisStand;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A network's takeover slot on the sample event's only stand: while it runs, the wall is headed by the network's name
 * and shows only its line, and slips are written on that line; before and after, the stand is as it always is. The
 * stand is the test's own and goes at the end.
 */
@PyykkinaruTest
class TakeoverWallTest extends SpringBrowserlessTest {

    @Autowired Events events;
    @Autowired Stands stands;
    @Autowired StandSlots slots;
    @Autowired ThisStand stand;
    @Autowired Clock clock;

    private Stand innotori;

    @BeforeEach
    void theSampleEventHasOneStand() {
        Event sample = events.current().orElseThrow();
        innotori = stands.save(new Stand(null, sample.requireId(), "Innotori", "", "", 60, null, false, "", "", "", 0));
    }

    @AfterEach
    void removeTheStand() {
        slots.ofStand(innotori.requireId()).forEach(slot -> slots.remove(slot.requireId()));
        stands.remove(innotori.requireId());
    }

    @Test
    void while_a_slot_runs_the_wall_shows_the_network_and_only_its_line_and_afterwards_the_usual_lines() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        StandSlot slot = slots.save(slot(now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(50)),
                "supervoima"));

        WallView wall = shown("", WallView.class);

        assertThat(wall.takeover.isVisible()).isTrue();
        assertThat(wall.takeoverName.getText()).isEqualTo("Verkosto X");
        assertThat(wall.takeoverLabel.getText()).isEqualTo("Osaston on ottanut haltuunsa");
        assertThat(wall.getClassNames()).contains("wall--takeover");
        assertThat(wall.panels).extracting(p -> p.line.code()).containsExactly("supervoima");
        assertThat(wall.drumLabel.getText()).isEqualTo("Mikä on supervoimasi?");
        assertThat(stand.current().nextChange()).isEqualTo(slot.endsAt());
        WriteSlipView write = shown("report/hyva-kaytanto", WriteSlipView.class);
        assertThat(write.chooser.getChildren().map(c -> c.getId().orElseThrow()))
                .as("a slip written during the slot goes on the slot's line").containsExactly("report-line-supervoima");

        slots.remove(slot.requireId());
        WallView after = shown("", WallView.class);

        assertThat(after.takeover.isVisible()).isFalse();
        assertThat(after.getClassNames()).doesNotContain("wall--takeover");
        assertThat(after.panels).extracting(p -> p.line.code())
                .containsExactly("hyva-kaytanto", "luettelo", "supervoima", "penkkikahvila");
        assertThat(stand.current().takenOverBy()).isNull();
    }

    @Test
    void a_network_without_a_line_of_its_own_takes_the_stand_with_its_usual_lines() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        slots.save(slot(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(1)), null));

        WallView wall = shown("", WallView.class);

        assertThat(wall.takeoverName.getText()).isEqualTo("Verkosto X");
        assertThat(wall.panels).hasSize(4);
    }

    @Test
    void a_slot_yet_to_come_changes_nothing_but_the_time_the_screen_redraws_itself() {
        Instant startsAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(2));
        slots.save(slot(startsAt, startsAt.plus(Duration.ofHours(1)), "supervoima"));

        WallView wall = shown("", WallView.class);

        StandOnScreen shown = stand.current();
        assertThat(shown.takenOverBy()).isNull();
        assertThat(shown.nextChange()).isEqualTo(startsAt);
        assertThat(wall.takeover.isVisible()).isFalse();
        assertThat(wall.panels).hasSize(4);
    }

    @Test
    void when_the_screens_timer_says_a_slot_began_the_wall_is_drawn_anew_with_it() {
        WallView before = shown("", WallView.class);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // The slot "begins" while this wall is up: saved here without the screen being told, as time passing would.
        slots.save(slot(now.minus(Duration.ofSeconds(1)), now.plus(Duration.ofMinutes(5)), "supervoima"));

        before.takeoverDue();

        WallView after = (WallView) getCurrentView();
        assertThat(after).isNotSameAs(before);
        assertThat(after.takeoverName.getText()).isEqualTo("Verkosto X");
        assertThat(after.panels).extracting(p -> p.line.code()).containsExactly("supervoima");
    }

    private StandSlot slot(Instant startsAt, Instant endsAt, String lineCode) {
        return new StandSlot(null, innotori.eventId(), innotori.requireId(), startsAt, endsAt, "Verkosto X", lineCode, 0);
    }

    private <T> T shown(String location, Class<T> expected) {
        UI.getCurrent().navigate(location);
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(getCurrentView()).isInstanceOf(expected);
        return expected.cast(getCurrentView());
    }
}
