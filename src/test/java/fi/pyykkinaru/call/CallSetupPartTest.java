package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.SetupProblems;
import fi.pyykkinaru.i18n.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The call's share of an event's set-up file: every problem at its place; a copied event's call moves with it. */
@PyykkinaruTest
class CallSetupPartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired CallSetupPart part;
    @Autowired Calls calls;
    @Autowired Events events;
    @Autowired Translations translations;
    @Autowired ApplicationContext context;

    @Test
    void each_problem_is_listed_at_its_place_in_the_file() {
        JsonNode file = JSON.readTree("""
                { "call": [
                    { "kind": "FAIR", "opens": { "day": -10, "time": "9.00" }, "closes": { "day": "x", "time": "16:00" },
                      "intro": { "sv": "Bara svenska" },
                      "questions": [
                        { "key": "Idea!", "kind": "LONG_TEXT", "maxLength": 9000, "label": { "fi": "Idea" } },
                        { "key": "c", "kind": "CONTACT", "label": { "fi": "Yhteystiedot" } },
                        { "key": "c", "kind": "CONTACT", "label": { "fi": "Taas" } },
                        { "key": "valinta", "kind": "CHOICE", "required": "kyllä" },
                        "kysymys" ],
                      "criteria": [ { "key": "aim" }, { "key": "aim", "label": { "fi": "Tavoite" } } ] },
                    { "kind": "SESSIONS", "opens": { "day": 0, "time": "10:00" }, "closes": { "day": -1, "time": "10:00" },
                      "questions": [], "criteria": [] },
                    { "kind": "PITCH" },
                    7
                  ] }
                """);
        SetupProblems problems = new SetupProblems();

        part.check(file.path("call"), file, problems);

        assertThat(problems.all()).extracting(SetupProblems.Problem::pointer).containsExactlyInAnyOrder(
                "/call/0/kind", "/call/0/opens/time", "/call/0/closes/day", "/call/0/intro/fi",
                "/call/0/questions/0/key", "/call/0/questions/0/maxLength", "/call/0/questions/2/key",
                "/call/0/questions/2/kind", "/call/0/questions/3/required", "/call/0/questions/3/label",
                "/call/0/questions/3/options", "/call/0/questions/4", "/call/0/criteria/0/label",
                "/call/0/criteria/1/key", "/call/1/closes", "/call/2/opens", "/call/2/closes", "/call/2/questions",
                "/call/2/criteria", "/call/3");
        for (SetupProblems.Problem problem : problems.all()) {
            for (Locale locale : Translations.LOCALES) {
                assertThat(translations.getTranslation(problem.key(), locale, problem.args().toArray()))
                        .as(problem.key()).doesNotStartWith("!").doesNotContainPattern("\\{\\d");
            }
        }
        SetupProblems none = new SetupProblems();
        part.check(file.path("nothing"), file, none);
        assertThat(none.none()).as("a file without a call").isTrue();
    }

    @Test
    void an_exported_call_reads_back_and_a_copied_event_has_it_at_the_same_distance_without_proposals() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Call opened = calls.open(event, CallKind.TAKEOVER);
        ZoneId zone = event.zone();
        Call call = calls.save(new Call(opened.id(), opened.eventId(), opened.kind(),
                LocalDateTime.of(2025, 10, 1, 9, 0).atZone(zone).toInstant(),
                LocalDateTime.of(2025, 11, 30, 16, 30).atZone(zone).toInstant(), opened.intro(), opened.terms(),
                opened.chosenMessage(), null, opened.questions(), opened.criteria(), opened.version()));
        CallSetupTestAccess.propose(context, call, "Ehdotus", Map.of("network", "Verkosto"), Instant.now());

        JsonNode exported = JSON.readTree(JSON.writeValueAsString(part.export(event)));
        SetupProblems problems = new SetupProblems();
        part.check(exported, exported, problems);
        assertThat(problems.all()).isEmpty();
        assertThat(exported.path(0).path("opens").path("day").intValue()).isEqualTo(-92);
        assertThat(exported.path(0).path("closes").path("time").stringValue()).isEqualTo("16:30");

        Event copy = events.copy(event.requireId(), event.slug() + "-2", "Kopio", null, null,
                event.startsOn().plusYears(1), event.endsOn().plusYears(1));

        List<Call> copied = calls.ofEvent(copy.requireId());
        assertThat(copied).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CallKind.TAKEOVER);
            assertThat(c.questions()).isEqualTo(call.questions());
            assertThat(c.criteria()).isEqualTo(call.criteria());
            assertThat(c.terms()).isEqualTo(call.terms());
            assertThat(c.declinedMessage()).isNull();
            assertThat(c.opensAt()).isEqualTo(LocalDate.of(2026, 10, 1).atTime(9, 0).atZone(zone).toInstant());
            assertThat(c.closesAt()).isEqualTo(LocalDate.of(2026, 11, 30).atTime(16, 30).atZone(zone).toInstant());
        });
        CallSetups setups = context.getBean(CallSetups.class);
        assertThat(setups.hasProposals(copied.getFirst().requireId())).as("proposals are not copied").isFalse();
    }
}
