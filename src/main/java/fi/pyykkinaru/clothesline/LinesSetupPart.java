package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.event.SetupNodes;
import fi.pyykkinaru.event.SetupPart;
import fi.pyykkinaru.event.SetupProblems;
import fi.pyykkinaru.i18n.LocalizedText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event's lines in its set-up file (docs/setup-file.md, member {@code lines}): an array in the order they hang,
 * each with its code, kind, prompt and help in each language, open or closed, themed, and a catalogue line's
 * entries. Lines come before the stands that name them.
 */
@Component
class LinesSetupPart implements SetupPart {

    static final String KEY = "lines";
    private static final Map<LineKind, String> KINDS = Map.of(LineKind.PRACTICE, "practice", LineKind.ANSWER,
            "question", LineKind.CATALOGUE, "catalogue");
    private static final Set<String> MEMBERS = Set.of("code", "kind", "prompt", "help", "open", "themed", "entries");
    private static final Map<CatalogueField, String> ENTRY_MEMBERS = Map.of(CatalogueField.TITLE, "title",
            CatalogueField.URL, "url", CatalogueField.SUMMARY, "summary", CatalogueField.ORGANISATION, "organisation",
            CatalogueField.REGION, "region", CatalogueField.THEMES, "themes", CatalogueField.IMAGE, "image");
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    private static final Map<LineField, String> PLACES = Map.of(LineField.CODE, "/code", LineField.KIND, "/kind",
            LineField.PROMPT_FI, "/prompt/fi", LineField.PROMPT_SV, "/prompt/sv", LineField.PROMPT_EN, "/prompt/en",
            LineField.HELP_FI, "/help/fi", LineField.HELP_SV, "/help/sv", LineField.HELP_EN, "/help/en",
            LineField.THEMED, "/themed");

    private final Lines lines;
    private final Catalogue catalogue;
    private final Clock clock;

    LinesSetupPart(Lines lines, Catalogue catalogue, Clock clock) {
        this.lines = lines;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public JsonNode export(Event event) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode all = json.arrayNode();
        for (Line line : lines.active(event.requireId())) {
            ObjectNode one = all.addObject();
            one.put("code", line.code());
            one.put("kind", KINDS.get(line.kind()));
            one.set("prompt", texts(line.prompt()));
            LocalizedText help = line.help();
            if (help != null) {
                one.set("help", texts(help));
            }
            one.put("open", line.accepting());
            one.put("themed", line.themed());
            if (line.kind() == LineKind.CATALOGUE) {
                ArrayNode entries = one.putArray("entries");
                for (CatalogueEntry entry : catalogue.ofLine(line.requireId())) {
                    ObjectNode e = entries.addObject();
                    e.put("title", entry.title());
                    e.put("url", entry.url());
                    putIfSet(e, "summary", entry.summary());
                    putIfSet(e, "organisation", entry.organisation());
                    putIfSet(e, "region", entry.region() == null ? null : entry.region().name());
                    putIfSet(e, "themes", entry.themes());
                    putIfSet(e, "image", entry.imageUrl());
                }
            }
        }
        return all;
    }

    private static void putIfSet(ObjectNode node, String member, @Nullable String value) {
        if (value != null) {
            node.put(member, value);
        }
    }

    private static ObjectNode texts(LocalizedText text) {
        ObjectNode texts = JsonNodeFactory.instance.objectNode();
        texts.put("fi", text.fi());
        texts.put("sv", text.sv());
        texts.put("en", text.en());
        return texts;
    }

    @Override
    public void check(JsonNode node, JsonNode file, SetupProblems problems) {
        String at = "/" + KEY;
        if (node.isMissingNode() || node.isNull()) {
            problems.add(at, "setupfile.problem.missing", KEY);
            return;
        }
        if (!node.isArray()) {
            problems.add(at, "setupfile.problem.not-array");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String place = at + "/" + i;
            JsonNode line = node.get(i);
            if (!line.isObject()) {
                problems.add(place, "setupfile.problem.not-object");
                continue;
            }
            LineDraft draft = read(line, place, problems);
            if (draft == null) {
                continue;
            }
            for (LineProblem problem : LineRules.check(draft, codes, true)) {
                problems.add(place + PLACES.get(problem.field()), problem.messageKey(), problem.args().toArray());
            }
            if (draft.code() != null) {
                codes.add(draft.code());
            }
            entries(line.path("entries"), draft.kind(), place, problems);
        }
    }

    /** A catalogue line's entries, each checked as the catalogue's import checks a row; null: none. */
    private static List<CatalogueDraft> entries(JsonNode node, @Nullable LineKind kind, String place,
            SetupProblems problems) {
        List<CatalogueDraft> drafts = new ArrayList<>();
        String at = place + "/entries";
        if (node.isMissingNode() || node.isNull()) {
            return drafts;
        }
        if (kind != LineKind.CATALOGUE) {
            problems.add(at, "setupfile.problem.entries-kind");
            return drafts;
        }
        if (!node.isArray()) {
            problems.add(at, "setupfile.problem.not-array");
            return drafts;
        }
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String in = at + "/" + i;
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                problems.add(in, "setupfile.problem.not-object");
                continue;
            }
            int before = problems.all().size();
            for (String member : entry.propertyNames()) {
                if (!ENTRY_MEMBERS.containsValue(member)) {
                    problems.add(in + "/" + SetupNodes.token(member), "setupfile.problem.unknown-member", member);
                }
            }
            String regionCode = text(entry, "region", in, problems);
            Region region = null;
            if (regionCode != null) {
                try {
                    region = Region.valueOf(regionCode.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    problems.add(in + "/region", "catalogue.problem.region", regionCode);
                }
            }
            CatalogueDraft draft = new CatalogueDraft(text(entry, "url", in, problems), text(entry, "title", in, problems),
                    text(entry, "summary", in, problems), text(entry, "organisation", in, problems), region,
                    text(entry, "themes", in, problems), text(entry, "image", in, problems));
            for (CatalogueProblem problem : draft.problems()) {
                problems.add(in + "/" + ENTRY_MEMBERS.get(problem.field()), problem.messageKey(), problem.args().toArray());
            }
            if (draft.url() != null && !urls.add(draft.url())) {
                problems.add(in + "/url", "catalogue.problem.url-taken", draft.url());
            }
            if (problems.all().size() == before) {
                drafts.add(draft);
            }
        }
        return drafts;
    }

    @Override
    public void apply(Event event, JsonNode node) {
        List<LineDraft> drafts = new ArrayList<>();
        List<Boolean> open = new ArrayList<>();
        for (JsonNode line : node) {
            LineDraft draft = read(line, "", new SetupProblems());
            if (draft == null) {
                throw new IllegalArgumentException("A line of the set-up file was not checked: " + line);
            }
            drafts.add(draft);
            open.add(line.path("open").booleanValue(true));
        }
        lines.addAll(event.requireId(), drafts, open);
        Map<String, Line> byCode = new java.util.HashMap<>();
        lines.active(event.requireId()).forEach(l -> byCode.put(l.code(), l));
        for (JsonNode line : node) {
            Line added = byCode.get(line.path("code").stringValue(""));
            if (added != null && added.kind() == LineKind.CATALOGUE) {
                for (CatalogueDraft entry : entries(line.path("entries"), added.kind(), "", new SetupProblems())) {
                    catalogue.save(entry.toEntry(added, clock.instant()));
                }
            }
        }
    }

    /** The line's members as a draft for {@link LineRules}, or null when their types are already wrong. */
    private static @Nullable LineDraft read(JsonNode line, String place, SetupProblems problems) {
        int before = problems.all().size();
        for (String member : line.propertyNames()) {
            if (!MEMBERS.contains(member)) {
                problems.add(place + "/" + SetupNodes.token(member), "setupfile.problem.unknown-member", member);
            }
        }
        String code = text(line, "code", place, problems);
        String kindName = text(line, "kind", place, problems);
        LineKind kind = null;
        if (kindName != null) {
            kind = KINDS.entrySet().stream().filter(e -> e.getValue().equals(kindName.strip().toLowerCase(Locale.ROOT)))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (kind == null) {
                problems.add(place + "/kind", "setupfile.problem.kind", kindName, String.join(", ", KINDS.values().stream()
                        .sorted().toList()));
            }
        }
        Texts prompt = texts(line, "prompt", place, problems);
        if (!line.has("prompt")) {
            problems.add(place + "/prompt", "setupfile.problem.missing", "prompt");
        }
        Texts help = texts(line, "help", place, problems);
        bool(line, "open", place, problems);
        boolean themed = bool(line, "themed", place, problems);
        if (problems.all().size() > before) {
            return null;
        }
        return new LineDraft(code, kind, prompt.fi(), prompt.sv(), prompt.en(), help.fi(), help.sv(), help.en(), themed);
    }

    private static @Nullable String text(JsonNode object, String member, String place, SetupProblems problems) {
        JsonNode value = object.path(member);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(place + "/" + member, "setupfile.problem.not-text");
            return null;
        }
        return value.stringValue();
    }

    private record Texts(@Nullable String fi, @Nullable String sv, @Nullable String en) {
    }

    private static Texts texts(JsonNode line, String member, String place, SetupProblems problems) {
        Texts none = new Texts(null, null, null);
        JsonNode value = line.path(member);
        if (value.isMissingNode() || value.isNull()) {
            return none;
        }
        if (!value.isObject()) {
            problems.add(place + "/" + member, "setupfile.problem.not-object");
            return none;
        }
        for (String language : value.propertyNames()) {
            if (!LANGUAGES.contains(language)) {
                problems.add(place + "/" + member + "/" + SetupNodes.token(language), "setupfile.problem.language", language);
            }
        }
        String in = place + "/" + member;
        return new Texts(text(value, "fi", in, problems), text(value, "sv", in, problems), text(value, "en", in, problems));
    }

    private static boolean bool(JsonNode line, String member, String place, SetupProblems problems) {
        JsonNode value = line.path(member);
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(place + "/" + member, "setupfile.problem.not-boolean");
            return false;
        }
        return value.booleanValue();
    }
}
