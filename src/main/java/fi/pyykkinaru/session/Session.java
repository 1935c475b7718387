package fi.pyykkinaru.session;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A programme item of an event, with the responsible person who wants to know how it went. Its token is the
 * short, unguessable code in its QR code and feedback address ({@code /s/{token}}).
 */
@Table("programme_session")
public record Session(
        @Id @Nullable Long id,
        long eventId,
        String token,
        String title,
        @Nullable String description,
        Instant startsAt,
        Instant endsAt,
        @Nullable String room,
        @Nullable String responsibleName,
        @Nullable String responsibleEmail,
        @Nullable String organisation,
        SessionOrigin origin,
        String language,
        @Version int version) {

    public Session {
        if (title.isBlank()) {
            throw new IllegalArgumentException("A session needs a title");
        }
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("A session cannot end before it starts");
        }
        if (!SessionTokens.isWellFormed(token)) {
            throw new IllegalArgumentException("Not a session token: " + token);
        }
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Session is not saved");
        }
        return id;
    }
}
