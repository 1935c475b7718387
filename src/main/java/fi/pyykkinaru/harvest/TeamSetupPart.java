package fi.pyykkinaru.harvest;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.SetupNodes;
import fi.pyykkinaru.event.SetupPart;
import fi.pyykkinaru.event.SetupProblems;
import fi.pyykkinaru.text.PlainText;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The production team's part of an event's set-up: its members in rotation order, each with a name and an
 * optional e-mail. Under {@code "team"}: {@code [{"name": "Aino", "email": "aino@example.fi"}]}. Who is away is
 * the day's state, not set-up, so a copied team starts all present.
 */
@Component
class TeamSetupPart implements SetupPart {

    static final String KEY = "team";
    private static final int MAX_NAME = 120;

    private final TeamRepository team;
    private final Reports reports;
    private final ReportRepository reportRepository;

    TeamSetupPart(TeamRepository team, Reports reports, ReportRepository reportRepository) {
        this.team = team;
        this.reports = reports;
        this.reportRepository = reportRepository;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public JsonNode export(Event event) {
        ArrayNode members = JsonNodeFactory.instance.arrayNode();
        for (TeamMember member : team.findByEventIdOrderByPosition(event.requireId())) {
            ObjectNode item = members.addObject();
            item.put("name", member.name());
            item.put("email", member.email());
        }
        return members;
    }

    @Override
    public void check(JsonNode node, JsonNode file, SetupProblems problems) {
        if (node.isMissingNode() || node.isNull()) {
            return; // a set-up without a team: the team is added later, on the harvest page
        }
        if (!node.isArray()) {
            problems.add("/" + KEY, "event.setup.error.list");
            return;
        }
        List<JsonNode> members = node.valueStream().toList();
        for (int i = 0; i < members.size(); i++) {
            String at = "/" + KEY + "/" + i;
            JsonNode member = members.get(i);
            if (!member.isObject()) {
                problems.add(at, "event.setup.error.object");
                continue;
            }
            String name = SetupNodes.text(member, "name", at + "/name", problems, true);
            if (name != null && PlainText.length(name) > MAX_NAME) {
                problems.add(at + "/name", "team.error.name");
            }
            String email = SetupNodes.text(member, "email", at + "/email", problems, false);
            if (email != null && !email.isBlank() && !PlainText.isPlausibleEmail(email)) {
                problems.add(at + "/email", "register.error.email");
            }
        }
    }

    /**
     * The event's team becomes the file's. A member the file does not name goes, unless reports are handed to
     * them: those stay with their reports, and organisers hand them on first.
     */
    @Override
    @Transactional
    public void apply(Event event, JsonNode node) {
        Set<Long> handedReports = new HashSet<>();
        reportRepository.findByEventIdOrderById(event.requireId()).stream().map(Report::assigneeId)
                .filter(Objects::nonNull).forEach(handedReports::add);
        List<TeamMember> before = team.findByEventIdOrderByPosition(event.requireId());
        team.deleteAll(before.stream().filter(m -> !handedReports.contains(m.requireId())).toList());
        List<String> kept = before.stream().filter(m -> handedReports.contains(m.requireId())).map(TeamMember::name)
                .toList();
        for (JsonNode member : node.isArray() ? node.valueStream().toList() : List.<JsonNode>of()) {
            if (kept.contains(member.path("name").asString("").strip())) {
                continue;
            }
            JsonNode email = member.path("email");
            reports.addMember(event.requireId(), member.path("name").stringValue(),
                    email.isString() ? email.stringValue() : null);
        }
    }
}
