package fi.pyykkinaru.kiosk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stand taken over by a network for a slot (a chosen takeover proposal): while it runs, the stand's screens show
 * the network's name and its own line (by the line's code; null: the stand's usual lines).
 */
@Table("stand_slot")
public record StandSlot(
        @Id @Nullable Long id,
        long eventId,
        long standId,
        Instant startsAt,
        Instant endsAt,
        String networkName,
        @Nullable String lineCode,
        @Version int version) {

    public static final int MAX_NETWORK_NAME = 200;

    public StandSlot {
        networkName = networkName.strip();
        if (networkName.isEmpty() || networkName.length() > MAX_NETWORK_NAME) {
            throw new IllegalArgumentException("A network's name is 1-" + MAX_NETWORK_NAME + " characters");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A slot ends after it starts");
        }
    }

    public boolean runsAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Slot is not saved");
        }
        return id;
    }
}
