package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.Region;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A slip as everyone at the stand may see it: no names, e-mails or contacts. */
public record WallSlip(long id, long lineId, String title, @Nullable String body, @Nullable String organisation,
        @Nullable Ownership ownership, @Nullable Region region, List<String> themeCodes, Instant peggedAt) {

    static WallSlip of(Slip slip) {
        return new WallSlip(slip.requireId(), slip.lineId(), slip.title(), slip.body(), slip.organisation(),
                slip.ownership(), slip.region(), slip.themes().stream().map(SlipTheme::themeCode).sorted().toList(),
                slip.createdAt());
    }
}
