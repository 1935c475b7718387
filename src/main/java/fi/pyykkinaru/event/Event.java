package fi.pyykkinaru.event;

import fi.pyykkinaru.i18n.Translations;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An event with its dates, venue, languages, theme list and moderation policy; lines and slips belong to one. Its
 * retention says how many days after its last day its personal data is kept (null: until purged by hand).
 * {@code name} is its Finnish (default) name; {@code nameSv} and {@code nameEn} are optional. {@code regions} is
 * the comma-separated, ordered list of the regions its forms offer; an archived event is never the current one;
 * {@code sample} marks the sample event a fresh install starts with.
 */
@Table("stand_event")
public record Event(
        @Id @Nullable Long id,
        String slug,
        String name,
        @Nullable String nameSv,
        @Nullable String nameEn,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String venue,
        String timeZone,
        String languages,
        ModerationPolicy moderation,
        @MappedCollection(idColumn = "event_id", keyColumn = "sort_order") List<Theme> themes,
        String regions,
        @Nullable Integer retentionDays,
        @Nullable Instant personalDataPurgedAt,
        boolean archived,
        boolean sample,
        @Version int version) {

    /** Ten years: anything longer is a typing mistake rather than a retention. */
    public static final int MAX_RETENTION_DAYS = 3650;
    public static final int MAX_NAME = 100;
    public static final int MAX_VENUE = 100;
    public static final String SLUG_PATTERN = "[a-z0-9-]{1,60}";
    public static final String DEFAULT_TIME_ZONE = "Europe/Helsinki";

    @PersistenceCreator
    public Event {
        if (slug.isBlank() || !slug.matches(SLUG_PATTERN)) {
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
        nameSv = blankToNull(nameSv);
        nameEn = blankToNull(nameEn);
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone " + timeZone, e);
        }
        regionsOf(regions);
        themes = List.copyOf(themes);
    }

    /** The shape of an event before it had names in each language, a time zone, regions, archiving and a sample mark. */
    public Event(@Nullable Long id, String slug, String name, LocalDate startsOn, LocalDate endsOn, @Nullable String venue,
            String languages, ModerationPolicy moderation, List<Theme> themes, @Nullable Integer retentionDays,
            @Nullable Instant personalDataPurgedAt, int version) {
        this(id, slug, name, null, null, startsOn, endsOn, venue, DEFAULT_TIME_ZONE, languages, moderation, themes,
                csv(List.of(Region.values())), retentionDays, personalDataPurgedAt, false, false, version);
    }

    public static Event create(String slug, String name, LocalDate startsOn, LocalDate endsOn, @Nullable String venue,
            List<Locale> languages, ModerationPolicy moderation, List<Theme> themes) {
        String codes = String.join(",", languages.stream().map(Locale::getLanguage).toList());
        return new Event(null, slug, name, startsOn, endsOn, venue, codes, moderation, themes, null, null, 0);
    }

    /** The event's set-up as organisers enter it, on this (saved or new) event's id and version. */
    static Event of(@Nullable Long id, EventDraft draft, @Nullable Instant purgedAt, boolean archived, boolean sample,
            int version) {
        return new Event(id, draft.slug().strip(), draft.nameFi().strip(), draft.nameSv(), draft.nameEn(),
                java.util.Objects.requireNonNull(draft.startsOn(), "a checked draft has dates"),
                java.util.Objects.requireNonNull(draft.endsOn(), "a checked draft has dates"), blankToNull(draft.venue()), draft.timeZone(),
                String.join(",", draft.languages().stream().map(Locale::getLanguage).toList()), draft.moderation(),
                draft.themes(), csv(draft.regions()), draft.retentionDays(), purgedAt, archived, sample, version);
    }

    /** This event as organisers edit it. */
    public EventDraft draft() {
        return new EventDraft(slug, name, nameSv, nameEn, startsOn, endsOn, venue, timeZone, locales(), moderation,
                themes, regionList(), retentionDays);
    }

    /** The sample event of a fresh install: clearly marked, and removed in one action. */
    public Event asSample() {
        return new Event(id, slug, name, nameSv, nameEn, startsOn, endsOn, venue, timeZone, languages, moderation,
                themes, regions, retentionDays, personalDataPurgedAt, archived, true, version);
    }

    Event withArchived(boolean archive) {
        return new Event(id, slug, name, nameSv, nameEn, startsOn, endsOn, venue, timeZone, languages, moderation,
                themes, regions, retentionDays, personalDataPurgedAt, archive, sample, version);
    }

    Event withRetentionDays(@Nullable Integer days) {
        return new Event(id, slug, name, nameSv, nameEn, startsOn, endsOn, venue, timeZone, languages, moderation,
                themes, regions, days, personalDataPurgedAt, archived, sample, version);
    }

    Event withPersonalDataPurgedAt(Instant at) {
        return new Event(id, slug, name, nameSv, nameEn, startsOn, endsOn, venue, timeZone, languages, moderation,
                themes, regions, retentionDays, at, archived, sample, version);
    }

    /** The event's name in this language, its Finnish name where it has none in that language. */
    public String name(Locale locale) {
        String localized = switch (Translations.supported(locale).getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> null;
        };
        return localized == null ? name : localized;
    }

    /** Its personal data is due to be purged by this day, and has not been purged yet. */
    public boolean personalDataDue(LocalDate today) {
        return retentionDays != null && personalDataPurgedAt == null && endsOn.plusDays(retentionDays).isBefore(today);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Event " + slug + " is not saved");
        }
        return id;
    }

    /** Its languages, the default first. */
    public List<Locale> locales() {
        return Arrays.stream(languages.split(",")).map(String::trim).map(Locale::of).map(Translations::supported)
                .distinct().toList();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The regions its forms offer, in their order. */
    public List<Region> regionList() {
        return regionsOf(regions);
    }

    /** The themes visitors may choose; hidden ones still name the slips that have them. */
    public List<Theme> offeredThemes() {
        return themes.stream().filter(t -> !t.hidden()).toList();
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    static String csv(List<Region> regions) {
        return regions.stream().map(Region::name).collect(Collectors.joining(","));
    }

    private static List<Region> regionsOf(String csv) {
        return csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::trim).map(Region::valueOf).distinct().toList();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
