package fi.pyykkinaru.clothesline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Which of an event's slips to read: those of a day, a line, a stand; null means all. */
public record SlipFilter(long eventId, @Nullable LocalDate day, @Nullable Long lineId, @Nullable String stand) {

    public static SlipFilter all(long eventId) {
        return new SlipFilter(eventId, null, null, null);
    }

    /** The SQL condition on the slip table aliased {@code s}, and its parameters appended to {@code params}. */
    String condition(List<Object> params, ZoneId zone) {
        StringBuilder where = new StringBuilder("s.event_id = ?");
        params.add(eventId);
        if (day != null) {
            where.append(" and s.created_at >= ? and s.created_at < ?");
            params.add(day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
            params.add(day.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (lineId != null) {
            where.append(" and s.line_id = ?");
            params.add(lineId);
        }
        if (stand != null) {
            where.append(" and s.stand = ?");
            params.add(stand);
        }
        return where.toString();
    }
}
