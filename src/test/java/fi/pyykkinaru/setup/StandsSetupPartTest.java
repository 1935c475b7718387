package fi.pyykkinaru.setup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.SetupProblems;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.Stands;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stands' share of an event's set-up file: every problem at its place, and a good file gives the same stands. */
@PyykkinaruTest
class StandsSetupPartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired StandsSetupPart part;
    @Autowired Stands stands;
    @Autowired Events events;
    @Autowired Translations translations;

    @Test
    void each_problem_is_listed_at_its_place_in_the_file() {
        JsonNode file = JSON.readTree("""
                { "lines": [ { "code": "hyva-kaytanto" }, { "code": "supervoima" } ],
                  "stands": [
                    { "name": "  " },
                    { "name": "Innotori", "lines": ["supervoima", "ei-ole"], "languages": ["fi", "de"],
                      "idleTimeoutSeconds": 5, "autoPrintBadges": "kyllä",
                      "attract": { "sv": "Bara svenska" },
                      "printers": { "badge": "tulostin", "receipt": "ipp://10.0.0.5:631/printers/Kuitit" } },
                    { "name": "innotori", "idleTimeoutSeconds": 3601 },
                    "osasto"
                  ] }
                """);
        SetupProblems problems = new SetupProblems();

        part.check(file.path("stands"), file, problems);

        assertThat(problems.all()).extracting(SetupProblems.Problem::pointer).containsExactlyInAnyOrder(
                "/stands/0/name", "/stands/1/lines/1", "/stands/1/languages/1", "/stands/1/idleTimeoutSeconds",
                "/stands/1/autoPrintBadges", "/stands/1/attract/fi", "/stands/1/printers/badge", "/stands/2/name",
                "/stands/2/idleTimeoutSeconds", "/stands/3");
        assertThat(problems.all()).filteredOn(p -> p.pointer().equals("/stands/2/name")).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("stands.problem.name-taken"));
        for (SetupProblems.Problem problem : problems.all()) {
            for (java.util.Locale locale : Translations.LOCALES) {
                assertThat(translations.getTranslation(problem.key(), locale, problem.args().toArray()))
                        .as(problem.key()).doesNotStartWith("!").doesNotContain("{");
            }
        }
    }

    @Test
    void a_file_without_stands_or_not_a_list_is_told_apart() {
        JsonNode file = JSON.readTree("{ \"stands\": { \"name\": \"x\" } }");
        SetupProblems none = new SetupProblems();
        part.check(file.path("nothing"), file, none);
        assertThat(none.none()).isTrue();

        SetupProblems notAList = new SetupProblems();
        part.check(file.path("stands"), file, notAList);
        assertThat(notAList.all()).extracting(SetupProblems.Problem::pointer).containsExactly("/stands");
    }

    @Test
    void a_good_file_gives_the_event_its_stands_and_exports_the_same() {
        JsonNode file = JSON.readTree("""
                { "lines": [ { "code": "supervoima" } ],
                  "stands": [
                    { "name": "Innotori", "lines": ["supervoima"], "languages": ["sv", "fi"], "idleTimeoutSeconds": 120,
                      "attract": { "fi": "Kerro!", "sv": "Berätta!", "en": "Tell us!" }, "autoPrintBadges": false,
                      "printers": { "badge": "ipp://10.0.0.5:631/printers/Badges", "receipt": "", "a4": "" } },
                    { "name": "Aula" }
                  ] }
                """);
        SetupProblems problems = new SetupProblems();
        part.check(file.path("stands"), file, problems);
        assertThat(problems.all()).isEmpty();
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);

        part.apply(event, file.path("stands"));

        List<Stand> made = stands.of(event.requireId());
        assertThat(made).extracting(Stand::name).containsExactly("Aula", "Innotori");
        Stand innotori = made.get(1);
        assertThat(innotori.lineCodes()).containsExactly("supervoima");
        assertThat(innotori.languageCodes()).containsExactly("sv", "fi");
        assertThat(innotori.idleTimeoutSeconds()).isEqualTo(120);
        assertThat(innotori.attract()).isNotNull();
        assertThat(innotori.attract().sv()).isEqualTo("Berätta!");
        assertThat(innotori.autoPrintBadges()).isFalse();
        assertThat(innotori.printer("badge")).isEqualTo("ipp://10.0.0.5:631/printers/Badges");
        assertThat(made.get(0).lineCodes()).as("no lines named: all").isEmpty();

        JsonNode exported = part.export(event);
        SetupProblems again = new SetupProblems();
        part.check(exported, file, again);
        assertThat(again.all()).isEmpty();
        Event copy = TestEvents.create(events, ModerationPolicy.PUBLISH);
        part.apply(copy, exported);
        assertThat(stands.of(copy.requireId())).extracting(StandsSetupPartTest::withoutIds)
                .isEqualTo(made.stream().map(StandsSetupPartTest::withoutIds).toList());
    }

    private static List<Object> withoutIds(Stand s) {
        return java.util.Arrays.asList(s.name(), s.lines(), s.languages(), s.idleTimeoutSeconds(), s.attract(),
                s.autoPrintBadges(), s.badgePrinter(), s.receiptPrinter(), s.a4Printer());
    }
}
