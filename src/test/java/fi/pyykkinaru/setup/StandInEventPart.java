package fi.pyykkinaru.setup;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.EventSetupPart;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.SetupProblems;
import fi.pyykkinaru.i18n.Translations;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal event part for the set-up file's tests (slug, name, dates), until the events feature's own part is
 * merged; primary, so that these tests keep their own shape beside the real one. Only {@code /event/slug} is what
 * the tests rely on, which the real part keeps.
 */
@TestConfiguration(proxyBeanMethods = false)
class StandInEventPart {

    @Bean
    @Primary
    EventSetupPart standInEventPart(Events events) {
        return new EventSetupPart() {

            @Override
            public String key() {
                return "event";
            }

            @Override
            public int order() {
                return 0;
            }

            @Override
            public JsonNode export(Event event) {
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                node.put("slug", event.slug());
                node.put("name", event.name());
                node.put("startsOn", event.startsOn().toString());
                node.put("endsOn", event.endsOn().toString());
                return node;
            }

            @Override
            public void check(JsonNode node, JsonNode file, SetupProblems problems) {
                if (!node.isObject()) {
                    problems.add("/event", "setupfile.problem.missing", "event");
                    return;
                }
                if (!node.path("slug").isString() || !node.path("slug").stringValue().matches("[a-z0-9-]{1,60}")) {
                    problems.add("/event/slug", "setupfile.problem.not-text");
                }
                if (!node.path("name").isString()) {
                    problems.add("/event/name", "setupfile.problem.not-text");
                }
            }

            @Override
            public void apply(Event event, JsonNode node) {
                throw new UnsupportedOperationException("the event part creates its event");
            }

            @Override
            public Event create(JsonNode node) {
                return events.create(Event.create(node.path("slug").stringValue(), node.path("name").stringValue(),
                        LocalDate.parse(node.path("startsOn").stringValue()), LocalDate.parse(node.path("endsOn").stringValue()),
                        null, Translations.LOCALES, ModerationPolicy.PUBLISH, List.of()));
            }
        };
    }
}
