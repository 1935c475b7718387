package fi.pyykkinaru.event;

import static fi.pyykkinaru.event.SetupNodes.choice;
import static fi.pyykkinaru.event.SetupNodes.date;
import static fi.pyykkinaru.event.SetupNodes.flag;
import static fi.pyykkinaru.event.SetupNodes.list;
import static fi.pyykkinaru.event.SetupNodes.number;
import static fi.pyykkinaru.event.SetupNodes.text;

import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.i18n.Translations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event's own part of its set-up, first of all (the others hang on it): names, slug, dates, venue, time
 * zone, languages (default first), themes, regions, moderation and retention. Under {@code "event"}:
 * <pre>{ "slug": "innomarkkinat-2027", "names": {"fi": "…", "sv": "…", "en": "…"}, "startsOn": "2027-05-12",
 *   "endsOn": "2027-05-13", "venue": "…", "timeZone": "Europe/Helsinki", "languages": ["fi", "sv", "en"],
 *   "moderation": "FILTER", "themes": [{"code": "digi", "label": {"fi": "…", "sv": "…", "en": "…"}, "hidden": false}],
 *   "regions": ["HELSINKI", "…"], "retentionDays": 180 }</pre>
 */
@Component
class EventPart implements EventSetupPart {

    static final String KEY = "event";
    private static final String AT = "/" + KEY;

    private final Events events;

    EventPart(Events events) {
        this.events = events;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public JsonNode export(Event event) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode();
        node.put("slug", event.slug());
        ObjectNode names = node.putObject("names");
        names.put("fi", event.name());
        names.put("sv", event.nameSv());
        names.put("en", event.nameEn());
        node.put("startsOn", event.startsOn().toString());
        node.put("endsOn", event.endsOn().toString());
        node.put("venue", event.venue());
        node.put("timeZone", event.timeZone());
        ArrayNode languages = node.putArray("languages");
        event.locales().forEach(l -> languages.add(l.getLanguage()));
        node.put("moderation", event.moderation().name());
        ArrayNode themes = node.putArray("themes");
        for (Theme theme : event.themes()) {
            ObjectNode item = themes.addObject();
            item.put("code", theme.code());
            ObjectNode label = item.putObject("label");
            label.put("fi", theme.label().fi());
            label.put("sv", theme.label().sv());
            label.put("en", theme.label().en());
            item.put("hidden", theme.hidden());
        }
        ArrayNode regions = node.putArray("regions");
        event.regionList().forEach(r -> regions.add(r.name()));
        if (event.retentionDays() == null) {
            node.putNull("retentionDays");
        } else {
            node.put("retentionDays", event.retentionDays());
        }
        return node;
    }

    @Override
    public void check(JsonNode node, JsonNode file, SetupProblems problems) {
        EventDraft draft = read(node, problems);
        if (draft != null) {
            // A member already found missing or malformed is not reported twice.
            java.util.Set<String> reported = new java.util.HashSet<>(
                    problems.all().stream().map(SetupProblems.Problem::pointer).toList());
            draft.problems().stream().filter(p -> !reported.contains(AT + "/" + p.field()))
                    .forEach(p -> problems.add(AT + "/" + p.field(), p.key(), p.args().toArray()));
        }
    }

    @Override
    public void apply(Event event, JsonNode node) {
        SetupProblems problems = new SetupProblems();
        EventDraft draft = read(node, problems);
        if (draft == null || !problems.none()) {
            throw new IllegalArgumentException("The event's set-up was not checked: " + problems.all());
        }
        events.applySetup(event, draft);
    }

    @Override
    public Event create(JsonNode node) {
        SetupProblems problems = new SetupProblems();
        EventDraft draft = read(node, problems);
        if (draft == null || !problems.none()) {
            throw new IllegalArgumentException("The event's set-up was not checked: " + problems.all());
        }
        return events.create(draft);
    }

    /**
     * The draft the node holds, what is missing or malformed left blank (each a problem); null only when the node is
     * no object at all.
     */
    static @Nullable EventDraft read(JsonNode node, SetupProblems problems) {
        if (!node.isObject()) {
            problems.add(AT, node.isMissingNode() ? "event.setup.error.missing" : "event.setup.error.object");
            return null;
        }
        String slug = text(node, "slug", AT + "/slug", problems, true);
        JsonNode names = node.path("names");
        if (!names.isObject()) {
            problems.add(AT + "/names", names.isMissingNode() ? "event.setup.error.missing" : "event.setup.error.object");
        }
        String nameFi = text(names, "fi", AT + "/names/fi", problems, true);
        String nameSv = text(names, "sv", AT + "/names/sv", problems, false);
        String nameEn = text(names, "en", AT + "/names/en", problems, false);
        LocalDate startsOn = date(node, "startsOn", AT + "/startsOn", problems);
        LocalDate endsOn = date(node, "endsOn", AT + "/endsOn", problems);
        String venue = text(node, "venue", AT + "/venue", problems, false);
        String zone = text(node, "timeZone", AT + "/timeZone", problems, false);
        List<Locale> languages = new ArrayList<>();
        List<JsonNode> codes = list(node, "languages", AT + "/languages", problems);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).isString() ? codes.get(i).stringValue() : "";
            Locale locale = Locale.of(code);
            if (!Translations.LOCALES.contains(locale)) {
                problems.add(AT + "/languages/" + i, "event.setup.error.language", code);
            } else if (!languages.contains(locale)) {
                languages.add(locale);
            }
        }
        ModerationPolicy moderation = choice(text(node, "moderation", AT + "/moderation", problems, true),
                ModerationPolicy.class, AT + "/moderation", problems);
        List<Theme> themes = new ArrayList<>();
        List<JsonNode> items = list(node, "themes", AT + "/themes", problems);
        for (int i = 0; i < items.size(); i++) {
            String at = AT + "/themes/" + i;
            JsonNode item = items.get(i);
            String code = text(item, "code", at + "/code", problems, true);
            if (code != null && !code.matches(Theme.CODE_PATTERN)) {
                problems.add(at + "/code", "event.error.theme-code");
                code = null;
            }
            JsonNode label = item.path("label");
            String fi = text(label, "fi", at + "/label/fi", problems, true);
            String sv = text(label, "sv", at + "/label/sv", problems, false);
            String en = text(label, "en", at + "/label/en", problems, false);
            boolean hidden = flag(item, "hidden", at + "/hidden", problems);
            if (code != null && fi != null) {
                themes.add(new Theme(code, new LocalizedText(fi, Objects.requireNonNullElse(sv, ""), Objects.requireNonNullElse(en, "")), hidden));
            }
        }
        List<Region> regions = new ArrayList<>();
        List<JsonNode> named = list(node, "regions", AT + "/regions", problems);
        for (int i = 0; i < named.size(); i++) {
            Region region = choice(named.get(i).isString() ? named.get(i).stringValue() : String.valueOf(named.get(i)),
                    Region.class, AT + "/regions/" + i, problems);
            if (region != null && !regions.contains(region)) {
                regions.add(region);
            }
        }
        Integer retention = number(node, "retentionDays", AT + "/retentionDays", problems);
        return new EventDraft(Objects.requireNonNullElse(slug, ""), Objects.requireNonNullElse(nameFi, ""), nameSv, nameEn, startsOn, endsOn, venue,
                Objects.requireNonNullElse(zone, Event.DEFAULT_TIME_ZONE), languages,
                Objects.requireNonNullElse(moderation, ModerationPolicy.FILTER), themes, regions,
                retention);
    }
}
