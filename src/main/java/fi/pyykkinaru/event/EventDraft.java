package fi.pyykkinaru.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An event's set-up as an organiser types it or a set-up file holds it, before it is checked: anything may be
 * missing or wrong, and {@link #problems()} says what, field by field.
 */
public record EventDraft(String slug, String nameFi, @Nullable String nameSv, @Nullable String nameEn,
        @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String venue, String timeZone,
        List<Locale> languages, ModerationPolicy moderation, List<Theme> themes, List<Region> regions,
        @Nullable Integer retentionDays) {

    /** A problem with one field, named as in the set-up file ({@code slug}, {@code themes/2/code}). */
    public record Problem(String field, String key, List<Object> args) {

        Problem(String field, String key, Object... args) {
            this(field, key, List.of(args));
        }
    }

    public EventDraft {
        languages = List.copyOf(languages);
        themes = List.copyOf(themes);
        regions = List.copyOf(regions);
    }

    /** Everything wrong with this set-up on its own (that the slug is free is the service's to tell). */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!slug.strip().matches(Event.SLUG_PATTERN)) {
            problems.add(new Problem("slug", "event.error.slug"));
        }
        if (nameFi.isBlank()) {
            problems.add(new Problem("names/fi", "event.error.name"));
        }
        tooLong(problems, "names/fi", nameFi, Event.MAX_NAME);
        tooLong(problems, "names/sv", nameSv, Event.MAX_NAME);
        tooLong(problems, "names/en", nameEn, Event.MAX_NAME);
        tooLong(problems, "venue", venue, Event.MAX_VENUE);
        if (startsOn == null) {
            problems.add(new Problem("startsOn", "event.error.starts"));
        }
        if (endsOn == null) {
            problems.add(new Problem("endsOn", "event.error.ends"));
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new Problem("endsOn", "event.error.dates"));
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            problems.add(new Problem("timeZone", "event.error.time-zone"));
        }
        if (languages.isEmpty()) {
            problems.add(new Problem("languages", "event.error.languages"));
        }
        if (regions.isEmpty()) {
            problems.add(new Problem("regions", "event.error.regions"));
        }
        if (retentionDays != null && (retentionDays < 0 || retentionDays > Event.MAX_RETENTION_DAYS)) {
            problems.add(new Problem("retentionDays", "event.error.retention", Event.MAX_RETENTION_DAYS));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            if (!codes.add(theme.code())) {
                problems.add(new Problem("themes/" + i + "/code", "event.error.theme-taken", theme.code()));
            }
            tooLong(problems, "themes/" + i + "/label/fi", theme.label().fi(), Theme.MAX_LABEL);
            tooLong(problems, "themes/" + i + "/label/sv", theme.label().sv(), Theme.MAX_LABEL);
            tooLong(problems, "themes/" + i + "/label/en", theme.label().en(), Theme.MAX_LABEL);
        }
        return problems;
    }

    private static void tooLong(List<Problem> problems, String field, @Nullable String text, int max) {
        if (text != null && text.strip().codePointCount(0, text.strip().length()) > max) {
            problems.add(new Problem(field, "event.error.too-long", max));
        }
    }
}
