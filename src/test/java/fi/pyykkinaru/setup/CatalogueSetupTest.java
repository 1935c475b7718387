package fi.pyykkinaru.setup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueDraft;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineDraft;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.event.SetupProblems;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A catalogue line's entries travel with the event's set-up file and with a copy of the event. */
@PyykkinaruTest
class CatalogueSetupTest {

    @Autowired SetupFile setupFile;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Catalogue catalogue;
    private final JsonMapper json = JsonMapper.builder().build();

    private Event eventWithCatalogue() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line line = lines.add(event.requireId(), new LineDraft("luettelo", LineKind.CATALOGUE, "Luettelon käytännöt",
                null, null, null, null, null, false));
        catalogue.add(line, new CatalogueDraft("https://example.org/a", "Kävelevä kahvila", "Kävellään.", "Kotikulma ry",
                Region.PIRKANMAA, "liikunta", null));
        catalogue.add(line, new CatalogueDraft("https://example.org/b", "Lukulähettiläät", null, null, null, null,
                "https://example.org/b.jpg"));
        return event;
    }

    @Test
    void the_entries_of_a_catalogue_line_come_along_in_the_set_up_file_and_in_a_copy() {
        Event original = eventWithCatalogue();
        ObjectNode file = (ObjectNode) json.readTree(setupFile.export(original));
        assertThat(file.path("lines").get(0).path("entries")).hasSize(2);
        ((ObjectNode) file.path("event")).put("slug", original.slug() + "-k");

        SetupImport result = setupFile.importFile(json.writeValueAsBytes(file), "test");

        assertThat(result.problems()).isEmpty();
        Event imported = result.created().orElseThrow();
        assertThat(catalogue.ofEvent(imported.requireId()))
                .usingRecursiveFieldByFieldElementComparatorOnFields("url", "title", "summary", "organisation", "region",
                        "themes", "imageUrl")
                .isEqualTo(catalogue.ofEvent(original.requireId()));
        Event copy = events.copy(original.requireId(), original.slug() + "-c", "Kopio", null, null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2));
        assertThat(catalogue.ofEvent(copy.requireId())).extracting(CatalogueEntry::title)
                .containsExactly("Kävelevä kahvila", "Lukulähettiläät");
    }

    @Test
    void a_bad_entry_is_a_problem_at_its_member_and_nothing_is_imported() {
        Event original = eventWithCatalogue();
        ObjectNode file = (ObjectNode) json.readTree(setupFile.export(original));
        ((ObjectNode) file.path("event")).put("slug", original.slug() + "-v");
        JsonNode entry = file.path("lines").get(0).path("entries").get(1);
        ((ObjectNode) entry).put("url", "javascript:alert(1)");
        ((ObjectNode) entry).put("region", "Mordor");

        SetupImport result = setupFile.importFile(json.writeValueAsBytes(file), "test");

        assertThat(result.problems()).extracting(SetupProblems.Problem::pointer, SetupProblems.Problem::key)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/lines/0/entries/1/url", "catalogue.problem.url-invalid"),
                        org.assertj.core.groups.Tuple.tuple("/lines/0/entries/1/region", "catalogue.problem.region"));
        assertThat(events.bySlug(original.slug() + "-v")).isEmpty();
    }
}
