package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSlot;
import fi.pyykkinaru.kiosk.StandSlots;
import fi.pyykkinaru.kiosk.Stands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A takeover network's slips to take home: those on its line during its slot, on the wall, as a CSV for Excel. */
@PyykkinaruTest
class TakeoverSlipsTest {

    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired Stands stands;
    @Autowired StandSlots slots;
    @Autowired Calls calls;
    @Autowired ProposalRepository proposals;
    @Autowired TakeoverSlips takeoverSlips;
    @Autowired Clock clock;

    @Test
    void the_csv_holds_the_published_slips_of_the_slots_line_written_during_the_slot() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line own = TestEvents.practiceLine(lines, event);
        Line other = TestEvents.answerLine(lines, event);
        Stand stand = stands.save(new Stand(null, event.requireId(), "Innotori", "", "", 60, null, false, "", "", "", 0));
        Instant now = clock.instant();
        StandSlot running = slots.save(new StandSlot(null, event.requireId(), stand.requireId(),
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), "Verkosto X", own.code(), 0));
        StandSlot earlier = slots.save(new StandSlot(null, event.requireId(), stand.requireId(),
                now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)), "Verkosto Y", own.code(), 0));
        Slip kept = slips.peg(own.requireId(), draft("Lentävä; \"mattopiiska\"", Set.of("ikaantyneet")), "Innotori");
        Slip hidden = slips.peg(own.requireId(), draft("Piilotettu", Set.of()), "Innotori");
        slips.changeStatus(hidden.requireId(), SlipStatus.HIDDEN);
        slips.peg(other.requireId(), draft("Toisella narulla", Set.of()), "Innotori");

        String csv = csv(proposal(event, running, "fi"));

        String time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(event.timeZone()))
                .format(kept.createdAt());
        assertThat(csv).startsWith("\uFEFFAika;Lappu;Teksti;Organisaatio;Teemat\r\n")
                .contains(time + ";\"Lentävä; \"\"mattopiiska\"\"\";Hyvä, koska se toimii.;Järjestö ry;Ikääntyneet")
                .doesNotContain("Piilotettu", "Toisella narulla");
        assertThat(csv(proposal(event, earlier, "en"))).as("nothing was written during the earlier slot")
                .isEqualTo("\uFEFFTime;Slip;Text;Organisation;Themes\r\n");
        assertThat(takeoverSlips.fileName(proposal(event, running, "fi"))).isEqualTo(event.slug() + "-verkosto-x-slips.csv");
    }

    @Test
    void a_slot_without_a_line_of_its_own_takes_what_was_pegged_at_its_stand() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line line = TestEvents.answerLine(lines, event);
        Stand stand = stands.save(new Stand(null, event.requireId(), "Kahvio", "", "", 60, null, false, "", "", "", 0));
        Instant now = clock.instant();
        StandSlot slot = slots.save(new StandSlot(null, event.requireId(), stand.requireId(),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(5)), "Verkosto Z", null, 0));
        slips.peg(line.requireId(), draft("Kahviossa", Set.of()), "Kahvio");
        slips.peg(line.requireId(), draft("Muualla", Set.of()), "Innotori");

        assertThat(csv(proposal(event, slot, "sv"))).startsWith("\uFEFFTid;Lapp;Text;Organisation;Teman")
                .contains("Kahviossa").doesNotContain("Muualla");
    }

    @Test
    void a_proposal_without_a_slot_has_no_slips() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Proposal unchosen = proposals.save(unsaved(event, null, "fi"));

        assertThat(takeoverSlips.csv(unchosen)).isEmpty();
    }

    private String csv(Proposal proposal) {
        return new String(takeoverSlips.csv(proposal).orElseThrow(), StandardCharsets.UTF_8);
    }

    private Proposal proposal(Event event, StandSlot slot, String language) {
        return proposals.save(unsaved(event, slot.requireId(), language));
    }

    private Proposal unsaved(Event event, Long slotId, String language) {
        Call call = calls.open(event, CallKind.TAKEOVER);
        Instant now = clock.instant();
        String secret = PrivateLinks.newSecret();
        return new Proposal(null, call.requireId(), event.requireId(), PrivateLinks.hash(secret), secret,
                ProposalStatus.CHOSEN, language, "Verkosto", null, null, null, null, Map.of(), null, null, null, slotId,
                List.of(), null, false, now, now, now, 0);
    }

    private static SlipDraft draft(String title, Set<String> themes) {
        return new SlipDraft(title, "Hyvä, koska se toimii.", "Järjestö ry", Ownership.OTHER, Region.LAPPI, themes, null,
                null, null, false);
    }
}
