package fi.pyykkinaru.harvest;

import fi.pyykkinaru.badge.RegistrationTally;
import fi.pyykkinaru.clothesline.SlipTally;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The harvest counted: slips by line, region, theme and hour, and registrations by organisation type and
 * region. Each feature counts its own; hidden slips do not count.
 */
@Service
public class HarvestStats {

    private final SlipTally slips;
    private final RegistrationTally registrations;

    HarvestStats(SlipTally slips, RegistrationTally registrations) {
        this.slips = slips;
        this.registrations = registrations;
    }

    /** Slips per line, as line id → count, in the lines' order. */
    public Map<Long, Long> slipsPerLine(HarvestFilter filter) {
        return slips.perLine(filter.slips());
    }

    /** Slips per region code; slips without a region are counted under "". */
    public Map<String, Long> slipsPerRegion(HarvestFilter filter) {
        return slips.perRegion(filter.slips());
    }

    /** Slips per theme code, most common first. */
    public Map<String, Long> slipsPerTheme(HarvestFilter filter) {
        return slips.perTheme(filter.slips());
    }

    /** Slips per hour of the day (0–23, in the event's time zone). */
    public Map<Integer, Long> slipsPerHour(HarvestFilter filter) {
        return slips.perHour(filter.slips());
    }

    public long slipCount(HarvestFilter filter) {
        return slips.count(filter.slips());
    }

    /** The stands that have pegged slips in the event, for the filter. */
    public List<String> stands(long eventId) {
        return slips.stands(eventId);
    }

    /** Registrations per organisation type ("" for none given). */
    public Map<String, Long> registrationsPerType(long eventId) {
        return registrations.perType(eventId);
    }

    /** Registrations per region ("" for none given). */
    public Map<String, Long> registrationsPerRegion(long eventId) {
        return registrations.perRegion(eventId);
    }
}
