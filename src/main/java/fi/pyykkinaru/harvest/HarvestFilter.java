package fi.pyykkinaru.harvest;

import fi.pyykkinaru.clothesline.SlipFilter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which part of an event's harvest to look at: a day, a line, a stand; null means all. */
public record HarvestFilter(long eventId, @Nullable LocalDate day, @Nullable Long lineId, @Nullable String stand) {

    /** The same choice, as the clothesline reads its slips. */
    SlipFilter slips() {
        return new SlipFilter(eventId, day, lineId, stand);
    }
}
