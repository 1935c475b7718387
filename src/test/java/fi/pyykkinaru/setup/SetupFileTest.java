package fi.pyykkinaru.setup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineDraft;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.SetupProblems.Problem;
import fi.pyykkinaru.staff.AuditLog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@PyykkinaruTest
class SetupFileTest {

    @Autowired SetupFile setupFile;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    private Event eventWithLines() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        lines.add(event.requireId(), new LineDraft("hyva-kaytanto", LineKind.PRACTICE, "Ilmianna hyvä käytäntö",
                "Ange en god praxis", null, "Kerro, mikä toimii.", null, "Tell what works.", false));
        Line closed = lines.add(event.requireId(), new LineDraft("penkkikahvila", LineKind.ANSWER,
                "Mitä päättäjien pitäisi kuulla?", null, null, null, null, null, true));
        lines.setAccepting(closed.requireId(), false);
        lines.add(event.requireId(), new LineDraft("luettelo", LineKind.CATALOGUE, "Luettelon käytännöt", null, null,
                null, null, null, false));
        return event;
    }

    private ObjectNode exported(Event event) {
        return (ObjectNode) json.readTree(setupFile.export(event));
    }

    private byte[] bytes(JsonNode file) {
        return json.writeValueAsBytes(file);
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from stand_event", Long.class)
                + jdbc.queryForObject("select count(*) from clothesline", Long.class);
    }

    @Test
    void an_exported_set_up_imported_under_a_new_slug_gives_the_same_lines() {
        Event original = eventWithLines();
        ObjectNode file = exported(original);
        assertThat(file.path("format").stringValue()).isEqualTo("pyykkinaru-event-setup");
        assertThat(file.path("version").intValue()).isEqualTo(1);
        assertThat(file.path("exported").stringValue()).isNotBlank();
        assertThat(file.propertyNames()).containsExactly("format", "version", "exported", "event", "lines", "stands", "team", "call",
                "privacyNotice");
        assertThat(new String(setupFile.export(original), StandardCharsets.UTF_8)).as("pretty-printed").contains("\n  ");

        ((ObjectNode) file.path("event")).put("slug", original.slug() + "-kopio");
        SetupImport result = setupFile.importFile(bytes(file), "kopio-setup.json");

        assertThat(result.problems()).isEmpty();
        Event copy = result.created().orElseThrow();
        assertThat(copy.slug()).isEqualTo(original.slug() + "-kopio");
        assertThat(lines.active(copy.requireId())).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "eventId",
                "version").isEqualTo(lines.active(original.requireId()));
        assertThat(exported(copy).path("lines")).isEqualTo(file.path("lines"));
        assertThat(audit.recent(1).getFirst().action()).isEqualTo("setup.import");
    }

    @Test
    void a_file_with_problems_lists_every_one_at_its_place_and_changes_nothing() {
        ObjectNode file = exported(eventWithLines());
        // The slug is taken (the original still exists), and the lines are broken in several ways at once.
        JsonNode broken = json.readTree("""
                [
                  {"code": "Iso Koodi", "kind": "question", "prompt": {"sv": "Bara svenska"}},
                  {"code": "kaksi", "kind": "kysely", "prompt": {"fi": "Kaksi?"}, "colour": "red"},
                  {"code": "kaksi", "kind": "practice", "prompt": {"fi": "%s"}, "help": {"fi": 5}, "open": "yes"},
                  "not a line",
                  {"code": "teema", "kind": "practice", "prompt": {"fi": "Teema?", "de": "Thema?"}, "themed": true}
                ]""".formatted("x".repeat(101)));
        file.set("lines", broken);
        file.put("stnds", "typo");
        long before = rows();

        SetupImport result = setupFile.importFile(bytes(file), "broken.json");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).extracting(Problem::pointer, Problem::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/event/slug", "setupfile.problem.slug-taken"),
                org.assertj.core.groups.Tuple.tuple("/lines/0/code", "line.error.code"),
                org.assertj.core.groups.Tuple.tuple("/lines/0/prompt/fi", "line.error.required"),
                org.assertj.core.groups.Tuple.tuple("/lines/1/kind", "setupfile.problem.kind"),
                org.assertj.core.groups.Tuple.tuple("/lines/1/colour", "setupfile.problem.unknown-member"),
                org.assertj.core.groups.Tuple.tuple("/lines/2/help/fi", "setupfile.problem.not-text"),
                org.assertj.core.groups.Tuple.tuple("/lines/2/open", "setupfile.problem.not-boolean"),
                org.assertj.core.groups.Tuple.tuple("/lines/3", "setupfile.problem.not-object"),
                org.assertj.core.groups.Tuple.tuple("/lines/4/prompt/de", "setupfile.problem.language"),
                org.assertj.core.groups.Tuple.tuple("/stnds", "setupfile.problem.unknown-member"));
        assertThat(rows()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void each_line_rule_is_a_problem_at_its_member() {
        ObjectNode file = exported(eventWithLines());
        ((ObjectNode) file.path("event")).put("slug", "t-rules-" + System.nanoTime());
        file.set("lines", json.readTree("""
                [
                  {"code": "sama", "kind": "question", "prompt": {"fi": "Yksi?"}},
                  {"code": "sama", "kind": "practice", "prompt": {"fi": "%s"}, "themed": true}
                ]""".formatted("x".repeat(101))));
        long before = rows();

        SetupImport result = setupFile.importFile(bytes(file), "rules.json");

        assertThat(result.problems()).extracting(Problem::pointer, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/lines/1/code", "line.error.code-taken"),
                org.assertj.core.groups.Tuple.tuple("/lines/1/prompt/fi", "line.error.too-long"),
                org.assertj.core.groups.Tuple.tuple("/lines/1/themed", "line.error.themed"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_missing_part_is_a_problem_of_that_part() {
        ObjectNode file = exported(eventWithLines());
        ((ObjectNode) file.path("event")).put("slug", "t-missing-" + System.nanoTime());
        file.remove("lines");

        assertThat(setupFile.importFile(bytes(file), "missing.json").problems()).extracting(Problem::pointer, Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/lines", "setupfile.problem.missing"));
    }

    @Test
    void a_syntax_error_says_its_line_and_column() {
        long before = rows();
        SetupImport result = setupFile.importFile("""
                {
                  "format": "pyykkinaru-event-setup",
                  "version": 1,
                  "lines": [ { "code": "a", } ]
                }""".getBytes(StandardCharsets.UTF_8), "syntax.json");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEmpty();
            assertThat(p.key()).isEqualTo("setupfile.problem.syntax");
            assertThat(p.args().getFirst()).as("line").isEqualTo(4);
            assertThat((Integer) p.args().get(1)).as("column").isBetween(27, 30);
        });
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_newer_version_or_another_format_is_said_plainly() {
        ObjectNode file = exported(eventWithLines());
        file.put("version", 2);
        assertThat(setupFile.importFile(bytes(file), "newer.json").problems()).extracting(Problem::pointer, Problem::key,
                Problem::args).containsExactly(org.assertj.core.groups.Tuple.tuple("/version",
                "setupfile.problem.version-newer", List.of(2, 1)));

        file.put("format", "something-else");
        assertThat(setupFile.importFile(bytes(file), "other.json").problems()).extracting(Problem::pointer)
                .containsExactly("/format");
        assertThat(setupFile.importFile("[1, 2]".getBytes(StandardCharsets.UTF_8), "array.json").problems())
                .extracting(Problem::key).containsExactly("setupfile.problem.not-setup");
    }
}
