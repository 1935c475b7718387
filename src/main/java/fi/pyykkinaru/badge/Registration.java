package fi.pyykkinaru.badge;

import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A registered visitor and their badge code. The e-mail is kept only with the visitor's consent; languages are
 * the ones they are happy to talk in, as language codes.
 */
@Table("registration")
public record Registration(
        @Id @Nullable Long id,
        long eventId,
        String badgeCode,
        String name,
        @Nullable String organisation,
        @Nullable OrganisationType organisationType,
        @Nullable Region region,
        String languages,
        @Nullable String email,
        boolean emailConsent,
        RegistrationSource source,
        Instant registeredAt,
        @Version int version) {

    /** What an erased registrant is called: the column needs a name, and a dash reads as none. */
    static final String ERASED = "–";

    /**
     * The registrant keeps only what counts (organisation type, region, languages) and the badge code, which
     * names no one but keeps their feedback counted once.
     */
    Registration withoutPersonalData() {
        return new Registration(id, eventId, badgeCode, ERASED, null, organisationType, region, languages, null, false,
                source, registeredAt, version);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Registration is not saved");
        }
        return id;
    }

    public List<String> languageCodes() {
        return languages.isBlank() ? List.of() : Arrays.stream(languages.split(",")).map(String::strip).toList();
    }
}
