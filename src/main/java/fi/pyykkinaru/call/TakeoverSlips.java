package fi.pyykkinaru.call;

import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.SlipTexts;
import fi.pyykkinaru.clothesline.TimedSlip;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSlot;
import fi.pyykkinaru.kiosk.StandSlots;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.text.ExportTable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a network's takeover slot gathered, for the network to take home: the published slips on the slot's own line
 * (or, without one, pegged at the stand) between the slot's start and end, as a CSV that Excel in Finland opens as is
 * (UTF-8 with a byte order mark, semicolons), its headings and themes in the applicant's language and its times in the
 * event's. No personal data: what hung on the wall, as it hung.
 */
@Service
public class TakeoverSlips {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> COLUMNS = List.of("time", "title", "text", "organisation", "themes");

    private final StandSlots slots;
    private final Stands stands;
    private final Lines lines;
    private final SlipTexts slips;
    private final Events events;
    private final Translations translations;

    TakeoverSlips(StandSlots slots, Stands stands, Lines lines, SlipTexts slips, Events events,
            Translations translations) {
        this.slots = slots;
        this.stands = stands;
        this.lines = lines;
        this.slips = slips;
        this.events = events;
        this.translations = translations;
    }

    /** The CSV of the proposal's slot; none if it has no slot (not a chosen takeover, or its slot was removed). */
    @Transactional(readOnly = true)
    public Optional<byte[]> csv(Proposal proposal) {
        Long slotId = proposal.slotId();
        Optional<StandSlot> slot = slotId == null ? Optional.empty() : slots.find(slotId);
        Optional<Event> event = events.find(proposal.eventId());
        if (slot.isEmpty() || event.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = Translations.supported(Locale.of(proposal.language()));
        return Optional.of(ExportTable.csv(rows(slot.get(), event.get(), locale)));
    }

    /** The file's name, after the event and the network: {@code sample-verkosto-x-slips.csv}. */
    @Transactional(readOnly = true)
    public String fileName(Proposal proposal) {
        Long slotId = proposal.slotId();
        String network = (slotId == null ? "" : slots.find(slotId).map(StandSlot::networkName).orElse(""))
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        String event = events.find(proposal.eventId()).map(Event::slug).orElse("call");
        return event + "-" + (network.isEmpty() ? "takeover" : network) + "-slips.csv";
    }

    private List<TimedSlip> slipsOf(StandSlot slot) {
        String code = slot.lineCode();
        if (code == null) {
            // Without a line of its own the network took the stand's lines: what was pegged at this stand is theirs.
            String stand = stands.find(slot.standId()).map(Stand::name).orElse(null);
            return stand == null ? List.of()
                    : slips.publishedBetween(slot.eventId(), null, stand, slot.startsAt(), slot.endsAt());
        }
        Optional<Line> line = lines.active(slot.eventId()).stream().filter(l -> l.code().equals(code)).findFirst();
        return line.map(l -> slips.publishedBetween(slot.eventId(), l.requireId(), null, slot.startsAt(), slot.endsAt()))
                .orElse(List.of());
    }

    private List<List<String>> rows(StandSlot slot, Event event, Locale locale) {
        Map<String, String> themes = event.themes().stream()
                .collect(Collectors.toMap(Theme::code, theme -> theme.label().in(locale), (a, b) -> a));
        DateTimeFormatter time = TIME.withZone(event.zone());
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(c -> translations.getTranslation("call.takeover.csv." + c, locale)).toList());
        for (TimedSlip slip : slipsOf(slot)) {
            rows.add(List.of(time.format(slip.createdAt()), slip.title(), Objects.requireNonNullElse(slip.body(), ""),
                    Objects.requireNonNullElse(slip.organisation(), ""),
                    slip.themes().stream().map(code -> themes.getOrDefault(code, code)).collect(Collectors.joining(", "))));
        }
        return rows;
    }
}
