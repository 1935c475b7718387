package fi.pyykkinaru.call;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.SetupNodes;
import fi.pyykkinaru.event.SetupPart;
import fi.pyykkinaru.event.SetupProblems;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.text.PlainText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event's calls in its set-up file, under {@code "call"}: a list of
 * <pre>{ "kind": "SESSIONS", "opens": { "day": -90, "time": "09:00" }, "closes": { "day": -30, "time": "16:00" },
 *   "intro": { "fi": "…", "sv": "…", "en": "…" }, "terms": null, "chosenMessage": {…}, "declinedMessage": {…},
 *   "questions": [ { "key": "idea", "kind": "LONG_TEXT", "required": true, "maxLength": 1500,
 *                    "label": { "fi": "…" }, "options": null } ],
 *   "criteria": [ { "key": "aim", "label": { "fi": "…" } } ] }</pre>
 * Times are days from the event's first day (negative: before it) and a time of day in the event's time zone, so a
 * copied event's call moves with its dates. Proposals and reviews are never part of it.
 */
@Component
class CallSetupPart implements SetupPart {

    static final String KEY = "call";
    private static final List<String> TEXTS = List.of("intro", "terms", "chosenMessage", "declinedMessage");
    private static final int MAX_TEXT = 8000;
    private static final int MAX_LABEL = 1000;
    private static final int MAX_DAYS = 3650;

    private final CallRepository calls;

    CallSetupPart(CallRepository calls) {
        this.calls = calls;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public JsonNode export(Event event) {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (Call call : calls.findByEventIdOrderByOpensAtAsc(event.requireId())) {
            ObjectNode node = all.addObject();
            node.put("kind", call.kind().name());
            node.set("opens", moment(event, call.opensAt()));
            node.set("closes", moment(event, call.closesAt()));
            text(node, "intro", call.intro());
            text(node, "terms", call.terms());
            text(node, "chosenMessage", call.chosenMessage());
            text(node, "declinedMessage", call.declinedMessage());
            ArrayNode questions = node.putArray("questions");
            for (Question question : call.questions()) {
                ObjectNode item = questions.addObject();
                item.put("key", question.key());
                item.put("kind", question.kind().name());
                item.put("required", question.required());
                if (question.maxLength() == null) {
                    item.putNull("maxLength");
                } else {
                    item.put("maxLength", question.maxLength().intValue());
                }
                text(item, "label", question.label());
                text(item, "options", question.options());
            }
            ArrayNode criteria = node.putArray("criteria");
            for (Criterion criterion : call.criteria()) {
                text(criteria.addObject().put("key", criterion.key()), "label", criterion.label());
            }
        }
        return all;
    }

    @Override
    public void check(JsonNode node, JsonNode file, SetupProblems problems) {
        if (node.isMissingNode() || node.isNull()) {
            return; // no call: one is opened later on the review board
        }
        String at = "/" + KEY;
        if (!node.isArray()) {
            problems.add(at, "event.setup.error.list");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode call = node.get(i);
            String here = at + "/" + i;
            if (!call.isObject()) {
                problems.add(here, "event.setup.error.object");
                continue;
            }
            SetupNodes.choice(SetupNodes.text(call, "kind", here + "/kind", problems, true), CallKind.class,
                    here + "/kind", problems);
            Long opens = offset(call.path("opens"), here + "/opens", problems);
            Long closes = offset(call.path("closes"), here + "/closes", problems);
            if (opens != null && closes != null && closes <= opens) {
                problems.add(here + "/closes", "call.setup.problem.closes-before");
            }
            for (String text : TEXTS) {
                checkText(call.path(text), here + "/" + text, MAX_TEXT, false, problems);
            }
            checkQuestions(call, here, problems);
            checkCriteria(call, here, problems);
        }
    }

    private void checkQuestions(JsonNode call, String here, SetupProblems problems) {
        List<JsonNode> questions = SetupNodes.list(call, "questions", here + "/questions", problems);
        Set<String> keys = new HashSet<>();
        boolean contact = false;
        for (int j = 0; j < questions.size(); j++) {
            JsonNode question = questions.get(j);
            String at = here + "/questions/" + j;
            if (!question.isObject()) {
                problems.add(at, "event.setup.error.object");
                continue;
            }
            checkKey(question, at, keys, problems);
            QuestionKind kind = SetupNodes.choice(SetupNodes.text(question, "kind", at + "/kind", problems, true),
                    QuestionKind.class, at + "/kind", problems);
            if (kind == QuestionKind.CONTACT) {
                if (contact) {
                    problems.add(at + "/kind", "call.setup.error.contact");
                }
                contact = true;
            }
            SetupNodes.flag(question, "required", at + "/required", problems);
            Integer limit = SetupNodes.number(question, "maxLength", at + "/maxLength", problems);
            if (limit != null && (limit < 1 || limit > Question.LONG_TEXT_LIMIT)) {
                problems.add(at + "/maxLength", "call.setup.error.max-length", Question.LONG_TEXT_LIMIT);
            }
            checkText(question.path("label"), at + "/label", MAX_LABEL, true, problems);
            boolean options = checkText(question.path("options"), at + "/options", MAX_TEXT, false, problems);
            if (kind == QuestionKind.CHOICE && !options) {
                problems.add(at + "/options", "call.setup.error.options");
            }
        }
    }

    private void checkCriteria(JsonNode call, String here, SetupProblems problems) {
        List<JsonNode> criteria = SetupNodes.list(call, "criteria", here + "/criteria", problems);
        Set<String> keys = new HashSet<>();
        for (int j = 0; j < criteria.size(); j++) {
            JsonNode criterion = criteria.get(j);
            String at = here + "/criteria/" + j;
            if (!criterion.isObject()) {
                problems.add(at, "event.setup.error.object");
                continue;
            }
            checkKey(criterion, at, keys, problems);
            checkText(criterion.path("label"), at + "/label", MAX_LABEL, true, problems);
        }
    }

    private static void checkKey(JsonNode item, String at, Set<String> keys, SetupProblems problems) {
        String key = SetupNodes.text(item, "key", at + "/key", problems, true);
        if (key == null) {
            return;
        }
        if (!key.matches(Question.KEY_PATTERN)) {
            problems.add(at + "/key", "call.setup.problem.key", key);
        } else if (!keys.add(key)) {
            problems.add(at + "/key", "call.setup.problem.key-taken", key);
        }
    }

    /** Whether a text in each language is there; a problem for each thing wrong with it. */
    private static boolean checkText(JsonNode text, String at, int max, boolean required, SetupProblems problems) {
        if (text.isMissingNode() || text.isNull()) {
            if (required) {
                problems.add(at, "event.setup.error.missing");
            }
            return false;
        }
        if (!text.isObject()) {
            problems.add(at, "event.setup.error.object");
            return false;
        }
        for (String language : List.of("fi", "sv", "en")) {
            String value = SetupNodes.text(text, language, at + "/" + language, problems, language.equals("fi"));
            if (value != null && PlainText.length(value) > max) {
                problems.add(at + "/" + language, "event.error.too-long", max);
            }
        }
        return !text.path("fi").asString("").isBlank();
    }

    /** Minutes from the event's first day's midnight, or null after a problem. */
    private static @Nullable Long offset(JsonNode moment, String at, SetupProblems problems) {
        if (!moment.isObject()) {
            problems.add(at, moment.isMissingNode() ? "event.setup.error.missing" : "event.setup.error.object");
            return null;
        }
        Integer day = SetupNodes.number(moment, "day", at + "/day", problems);
        if (day == null && !moment.has("day")) {
            problems.add(at + "/day", "event.setup.error.missing");
        } else if (day != null && Math.abs(day) > MAX_DAYS) {
            problems.add(at + "/day", "call.setup.problem.day", MAX_DAYS);
            day = null;
        }
        String time = SetupNodes.text(moment, "time", at + "/time", problems, true);
        LocalTime clock = null;
        if (time != null) {
            try {
                clock = LocalTime.parse(time);
            } catch (DateTimeParseException e) {
                problems.add(at + "/time", "call.setup.problem.time", time);
            }
        }
        return day == null || clock == null ? null : day * 24L * 60 + clock.toSecondOfDay() / 60;
    }

    @Override
    @Transactional
    public void apply(Event event, JsonNode node) {
        if (!node.isArray()) {
            return;
        }
        for (JsonNode call : node) {
            List<Question> questions = new ArrayList<>();
            for (JsonNode question : call.path("questions")) {
                JsonNode limit = question.path("maxLength");
                questions.add(new Question(question.path("key").asString(),
                        QuestionKind.valueOf(question.path("kind").asString()), question.path("required").asBoolean(false),
                        limit.isInt() ? Integer.valueOf(limit.intValue()) : null,
                        java.util.Objects.requireNonNull(text(question.path("label"))), text(question.path("options"))));
            }
            List<Criterion> criteria = new ArrayList<>();
            for (JsonNode criterion : call.path("criteria")) {
                criteria.add(new Criterion(criterion.path("key").asString(),
                        java.util.Objects.requireNonNull(text(criterion.path("label")))));
            }
            calls.save(new Call(null, event.requireId(), CallKind.valueOf(call.path("kind").asString()),
                    instant(event, call.path("opens")), instant(event, call.path("closes")), text(call.path("intro")),
                    text(call.path("terms")), text(call.path("chosenMessage")), text(call.path("declinedMessage")),
                    questions, criteria, 0));
        }
    }

    private static ObjectNode moment(Event event, Instant at) {
        var local = at.atZone(event.zone()).truncatedTo(ChronoUnit.MINUTES);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("day", (int) ChronoUnit.DAYS.between(event.startsOn(), local.toLocalDate()));
        node.put("time", local.toLocalTime().toString());
        return node;
    }

    private static Instant instant(Event event, JsonNode moment) {
        LocalDate day = event.startsOn().plusDays(moment.path("day").asInt());
        return day.atTime(LocalTime.parse(moment.path("time").asString())).atZone(event.zone()).toInstant();
    }

    private static void text(ObjectNode node, String name, @Nullable LocalizedText text) {
        if (text == null) {
            node.putNull(name);
        } else {
            node.putObject(name).put("fi", text.fi()).put("sv", text.sv()).put("en", text.en());
        }
    }

    private static @Nullable LocalizedText text(JsonNode node) {
        if (!node.isObject() || node.path("fi").asString("").isBlank()) {
            return null;
        }
        return new LocalizedText(node.path("fi").asString(""), node.path("sv").asString(""),
                node.path("en").asString(""));
    }
}
