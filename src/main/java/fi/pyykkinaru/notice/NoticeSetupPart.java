package fi.pyykkinaru.notice;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.SetupNodes;
import fi.pyykkinaru.event.SetupPart;
import fi.pyykkinaru.event.SetupProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The privacy notice's part of an event's set-up, so that next year's copy and a set-up file keep the organisers'
 * wording. Under {@code "privacyNotice"}: {@code {"controller": "…", "contact": "…", "purposes": {"fi": "…", "sv":
 * "…", "en": "…"}}}, each member optional (blank or missing: the default). A file without it keeps the defaults.
 */
@Component
class NoticeSetupPart implements SetupPart {

    static final String KEY = "privacyNotice";
    private static final String AT = "/" + KEY;

    private final PrivacyNotices notices;

    NoticeSetupPart(PrivacyNotices notices) {
        this.notices = notices;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public JsonNode export(Event event) {
        NoticeSettings settings = notices.settings(event.requireId());
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("controller", settings.controller());
        node.put("contact", settings.contact());
        ObjectNode purposes = node.putObject("purposes");
        purposes.put("fi", settings.purposesFi());
        purposes.put("sv", settings.purposesSv());
        purposes.put("en", settings.purposesEn());
        return node;
    }

    @Override
    public void check(JsonNode node, JsonNode file, SetupProblems problems) {
        NoticeSettings read = read(node, problems, 0);
        if (read != null) {
            read.problems().forEach(p -> problems.add(AT + "/" + p.field(), p.key(), p.args().toArray()));
        }
    }

    @Override
    public void apply(Event event, JsonNode node) {
        SetupProblems problems = new SetupProblems();
        NoticeSettings current = notices.settings(event.requireId());
        NoticeSettings read = read(node, problems, event.requireId());
        if (!problems.none()) {
            throw new IllegalArgumentException("The privacy notice's set-up was not checked: " + problems.all());
        }
        NoticeSettings wanted = read == null ? NoticeSettings.none(event.requireId()) : read;
        if (!wanted.isDefault() || !current.isDefault()) {
            notices.save(new NoticeSettings(event.requireId(), wanted.controller(), wanted.contact(), wanted.purposesFi(),
                    wanted.purposesSv(), wanted.purposesEn(), current.version()));
        }
    }

    /** The settings in the node; null when there is none (the defaults), problems for what is malformed. */
    private static @Nullable NoticeSettings read(JsonNode node, SetupProblems problems, long eventId) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(AT, "event.setup.error.object");
            return null;
        }
        JsonNode purposes = node.path("purposes");
        if (!purposes.isMissingNode() && !purposes.isNull() && !purposes.isObject()) {
            problems.add(AT + "/purposes", "event.setup.error.object");
        }
        return new NoticeSettings(eventId, SetupNodes.text(node, "controller", AT + "/controller", problems, false),
                SetupNodes.text(node, "contact", AT + "/contact", problems, false),
                SetupNodes.text(purposes, "fi", AT + "/purposes/fi", problems, false),
                SetupNodes.text(purposes, "sv", AT + "/purposes/sv", problems, false),
                SetupNodes.text(purposes, "en", AT + "/purposes/en", problems, false), 0);
    }
}
