package fi.pyykkinaru.setup;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.SetupPart;
import fi.pyykkinaru.event.SetupProblems;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.Stands;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event's stands in its set-up file, under {@code "stands"}: a list of
 * <pre>{ "name": "Innotori", "lines": ["practice"], "languages": ["fi", "sv"], "idleTimeoutSeconds": 90,
 *   "attract": { "fi": "…", "sv": "…", "en": "…" }, "autoPrintBadges": true,
 *   "printers": { "badge": "ipp://localhost:631/printers/Badges", "receipt": "", "a4": "" } }</pre>
 * {@code lines} name codes of the file's own lines (none: all), {@code languages} are in order (the first is the
 * default), {@code attract} may be null and a blank printer is none. Screens are not part of it: they pair anew.
 */
@Component
class StandsSetupPart implements SetupPart {

    static final String KEY = "stands";

    private final Stands stands;

    StandsSetupPart(Stands stands) {
        this.stands = stands;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public JsonNode export(Event event) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode all = json.arrayNode();
        for (Stand stand : stands.of(event.requireId())) {
            ObjectNode node = all.addObject();
            node.put("name", stand.name());
            ArrayNode lines = node.putArray("lines");
            stand.lineCodes().forEach(lines::add);
            ArrayNode languages = node.putArray("languages");
            stand.languageCodes().forEach(languages::add);
            node.put("idleTimeoutSeconds", stand.idleTimeoutSeconds());
            LocalizedText attract = stand.attract();
            if (attract == null) {
                node.putNull("attract");
            } else {
                node.putObject("attract").put("fi", attract.fi()).put("sv", attract.sv()).put("en", attract.en());
            }
            node.put("autoPrintBadges", stand.autoPrintBadges());
            ObjectNode printers = node.putObject("printers");
            StandRules.PURPOSES.forEach(purpose -> printers.put(purpose, stand.printer(purpose)));
        }
        return all;
    }

    @Override
    public void check(JsonNode node, JsonNode file, SetupProblems problems) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        String at = "/" + KEY;
        if (!node.isArray()) {
            problems.add(at, "stands.problem.list");
            return;
        }
        Set<String> lineCodes = new HashSet<>();
        file.path("lines").forEach(line -> {
            if (line.path("code").isString()) {
                lineCodes.add(line.path("code").stringValue());
            }
        });
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode stand = node.get(i);
            String here = at + "/" + i;
            if (!stand.isObject()) {
                problems.add(here, "stands.problem.stand");
                continue;
            }
            String name = text(stand.path("name"));
            String nameProblem = name == null ? "stands.problem.name" : StandRules.name(name);
            if (name == null || nameProblem != null) {
                problems.add(here + "/name", Objects.requireNonNullElse(nameProblem, "stands.problem.name"),
                        name == null ? "" : name.strip(), Stand.MAX_NAME);
            } else if (!names.add(name.strip().toLowerCase(Locale.ROOT))) {
                problems.add(here + "/name", "stands.problem.name-taken", name.strip());
            }
            checkCodes(stand.path("lines"), here + "/lines", lineCodes::contains, "stands.problem.line", problems);
            checkCodes(stand.path("languages"), here + "/languages", StandRules.LANGUAGES::contains,
                    "stands.problem.language", problems);
            JsonNode timeout = stand.path("idleTimeoutSeconds");
            if (!timeout.isMissingNode() && (!timeout.isIntegralNumber() || StandRules.timeout(timeout.asLong()) != null)) {
                problems.add(here + "/idleTimeoutSeconds", "stands.problem.timeout", StandRules.MIN_TIMEOUT,
                        StandRules.MAX_TIMEOUT);
            }
            checkAttract(stand.path("attract"), here + "/attract", problems);
            JsonNode autoPrint = stand.path("autoPrintBadges");
            if (!autoPrint.isMissingNode() && !autoPrint.isBoolean()) {
                problems.add(here + "/autoPrintBadges", "stands.problem.boolean");
            }
            JsonNode printers = stand.path("printers");
            if (!printers.isMissingNode() && !printers.isNull() && !printers.isObject()) {
                problems.add(here + "/printers", "stands.problem.printers");
            } else {
                for (String purpose : StandRules.PURPOSES) {
                    JsonNode printer = printers.path(purpose);
                    String address = text(printer);
                    if (!printer.isMissingNode() && !printer.isNull()
                            && (address == null || StandRules.printer(address) != null)) {
                        problems.add(here + "/printers/" + purpose, "stands.problem.printer");
                    }
                }
            }
        }
    }

    @Override
    @Transactional
    public void apply(Event event, JsonNode node) {
        if (!node.isArray()) {
            return;
        }
        for (JsonNode stand : node) {
            stands.save(stand(event.requireId(), stand));
        }
    }

    static Stand stand(long eventId, JsonNode node) {
        JsonNode attract = node.path("attract");
        LocalizedText attractText = attract.isObject() && !attract.path("fi").asString("").isBlank()
                ? new LocalizedText(attract.path("fi").asString(""), attract.path("sv").asString(""),
                        attract.path("en").asString(""))
                : null;
        JsonNode printers = node.path("printers");
        return new Stand(null, eventId, node.path("name").asString(), codes(node.path("lines")),
                codes(node.path("languages")), node.path("idleTimeoutSeconds").asInt(90), attractText,
                node.path("autoPrintBadges").asBoolean(true), printers.path("badge").asString(""),
                printers.path("receipt").asString(""), printers.path("a4").asString(""), 0);
    }

    private static String codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(code -> codes.add(code.asString()));
        return String.join(",", codes);
    }

    private static void checkCodes(JsonNode list, String at, java.util.function.Predicate<String> known, String key,
            SetupProblems problems) {
        if (list.isMissingNode() || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            problems.add(at, "stands.problem.list");
            return;
        }
        for (int j = 0; j < list.size(); j++) {
            String code = text(list.get(j));
            if (code == null || !known.test(code)) {
                problems.add(at + "/" + j, key, code == null ? list.get(j).toString() : code);
            }
        }
    }

    private static void checkAttract(JsonNode attract, String at, SetupProblems problems) {
        if (attract.isMissingNode() || attract.isNull()) {
            return;
        }
        if (!attract.isObject()) {
            problems.add(at, "stands.problem.attract");
            return;
        }
        for (String language : List.of("fi", "sv", "en")) {
            JsonNode text = attract.path(language);
            if (text.isMissingNode() || text.isNull()) {
                continue;
            }
            if (!text.isString() || StandRules.attract(text.stringValue()) != null) {
                problems.add(at + "/" + language, "stands.problem.attract-long", StandRules.MAX_ATTRACT);
            }
        }
        boolean others = !attract.path("sv").asString("").isBlank() || !attract.path("en").asString("").isBlank();
        if (others && attract.path("fi").asString("").isBlank()) {
            problems.add(at + "/fi", "stands.problem.attract-finnish");
        }
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }
}
