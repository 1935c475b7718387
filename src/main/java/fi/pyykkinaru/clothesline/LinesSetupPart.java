package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.SetupNodes;
import fi.pyykkinaru.event.SetupPart;
import fi.pyykkinaru.event.SetupProblems;
import fi.pyykkinaru.i18n.LocalizedText;
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
 * each with its code, kind, prompt and help in each language, open or closed, themed. Lines come before the stands
 * that name them.
 */
@Component
class LinesSetupPart implements SetupPart {

    static final String KEY = "lines";
    private static final Map<LineKind, String> KINDS = Map.of(LineKind.PRACTICE, "practice", LineKind.ANSWER,
            "question", LineKind.CATALOGUE, "catalogue");
    private static final Set<String> MEMBERS = Set.of("code", "kind", "prompt", "help", "open", "themed");
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    private static final Map<LineField, String> PLACES = Map.of(LineField.CODE, "/code", LineField.KIND, "/kind",
            LineField.PROMPT_FI, "/prompt/fi", LineField.PROMPT_SV, "/prompt/sv", LineField.PROMPT_EN, "/prompt/en",
            LineField.HELP_FI, "/help/fi", LineField.HELP_SV, "/help/sv", LineField.HELP_EN, "/help/en",
            LineField.THEMED, "/themed");

    private final Lines lines;

    LinesSetupPart(Lines lines) {
        this.lines = lines;
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
        }
        return all;
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
        }
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
