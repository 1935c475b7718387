package fi.pyykkinaru.event;

import fi.pyykkinaru.i18n.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An event with its dates, venue, languages, theme list and moderation policy; lines and slips belong to one. Its
 * retention says how many days after its last day its personal data is kept (null: until purged by hand).
 */
@Table("stand_event")
public record Event(
        @Id @Nullable Long id,
        String slug,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String venue,
        String languages,
        ModerationPolicy moderation,
        @MappedCollection(idColumn = "event_id", keyColumn = "sort_order") List<Theme> themes,
        @Nullable Integer retentionDays,
        @Nullable Instant personalDataPurgedAt,
        @Version int version) {

    /** Ten years: anything longer is a typing mistake rather than a retention. */
    public static final int MAX_RETENTION_DAYS = 3650;

    public Event {
        if (slug.isBlank() || !slug.matches("[a-z0-9-]{1,60}")) {
            throw new IllegalArgumentException("An event slug is 1-60 lower-case letters, digits or dashes");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("An event needs a name");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("An event cannot end before it starts");
        }
        if (retentionDays != null && (retentionDays < 0 || retentionDays > MAX_RETENTION_DAYS)) {
            throw new IllegalArgumentException("An event keeps personal data 0-" + MAX_RETENTION_DAYS + " days");
        }
        themes = List.copyOf(themes);
    }

    public static Event create(String slug, String name, LocalDate startsOn, LocalDate endsOn, @Nullable String venue,
            List<Locale> languages, ModerationPolicy moderation, List<Theme> themes) {
        String codes = String.join(",", languages.stream().map(Locale::getLanguage).toList());
        return new Event(null, slug, name, startsOn, endsOn, venue, codes, moderation, themes, null, null, 0);
    }

    Event withRetentionDays(@Nullable Integer days) {
        return new Event(id, slug, name, startsOn, endsOn, venue, languages, moderation, themes, days,
                personalDataPurgedAt, version);
    }

    Event withPersonalDataPurgedAt(Instant at) {
        return new Event(id, slug, name, startsOn, endsOn, venue, languages, moderation, themes, retentionDays, at,
                version);
    }

    /** Its retention is set and has run out by this day, and its personal data has not been purged yet. */
    public boolean personalDataDue(LocalDate today) {
        return retentionDays != null && personalDataPurgedAt == null && endsOn.plusDays(retentionDays).isBefore(today);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Event " + slug + " is not saved");
        }
        return id;
    }

    public List<Locale> locales() {
        return Arrays.stream(languages.split(",")).map(String::trim).map(Locale::of).map(Translations::supported)
                .distinct().toList();
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
