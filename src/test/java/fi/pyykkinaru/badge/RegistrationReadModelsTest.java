package fi.pyykkinaru.badge;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.text.ExportTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the badge desk tells the harvest of its registrations: counts and export rows. */
@PyykkinaruTest
class RegistrationReadModelsTest {

    @Autowired Registrations registrations;
    @Autowired RegistrationTally tally;
    @Autowired RegistrationExport export;
    @Autowired Events events;

    @Test
    void registrations_are_counted_by_type_and_region_and_exported_with_or_without_names() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        register(event, "Aino", OrganisationType.NGO, Region.LAPPI);
        register(event, "Bertil", OrganisationType.NGO, null);
        register(event, "Celia", null, Region.LAPPI);

        assertThat(tally.perType(event.id())).containsExactly(Map.entry("NGO", 2L), Map.entry("", 1L));
        assertThat(tally.perRegion(event.id())).containsExactly(Map.entry("LAPPI", 2L), Map.entry("", 1L));

        ExportTable full = export.rows(event.id(), false);
        ExportTable anonymised = export.rows(event.id(), true);
        assertThat(full.columns()).startsWith("name", "email", "badge_code", "organisation");
        assertThat(full.rows()).extracting(List::getFirst).containsExactly("Aino", "Bertil", "Celia");
        assertThat(anonymised.columns()).doesNotContain("name", "email", "badge_code").contains("region");
        assertThat(anonymised.rows()).hasSize(3).noneMatch(row -> row.contains("Aino"));
    }

    private void register(Event event, String name, OrganisationType type, Region region) {
        registrations.register(event, new RegistrationDraft(name, "Järjestö", type, region, List.of("fi"),
                name.toLowerCase() + "@example.fi", true), RegistrationSource.STAFF);
    }
}
