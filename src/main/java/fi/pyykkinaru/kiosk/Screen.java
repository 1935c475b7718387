package fi.pyykkinaru.kiosk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stand screen (a browser), known by a secret in its cookie of which only a hash is kept. Unpaired, it shows its
 * pairing code until staff pair it with a stand; staff see its stand, last contact and language.
 */
@Table("screen")
public record Screen(
        @Id @Nullable Long id,
        String tokenHash,
        String pairingCode,
        @Nullable Long standId,
        @Nullable String language,
        Instant firstSeen,
        Instant lastContact,
        @Nullable Instant pairedAt,
        @Nullable String pairedBy,
        @Version int version) {

    public boolean paired() {
        return standId != null;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Screen is not saved");
        }
        return id;
    }

    Screen pairedWith(long stand, String by, Instant at) {
        return new Screen(id, tokenHash, pairingCode, stand, language, firstSeen, lastContact, at, by, version);
    }

    Screen unpaired(String newCode) {
        return new Screen(id, tokenHash, newCode, null, language, firstSeen, lastContact, null, null, version);
    }

    Screen seen(Instant at, @Nullable String lang) {
        return new Screen(id, tokenHash, pairingCode, standId, lang == null ? language : lang, firstSeen, at, pairedAt,
                pairedBy, version);
    }
}
