package fi.pyykkinaru.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.LineDraft;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class SetupTransferTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired SetupFile setupFile;
    @Autowired Events events;
    @Autowired Lines lines;
    SetupTransfer transfer;
    final List<Event> heard = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void shown() {
        transfer = context.getBean(SetupTransfer.class);
        transfer.onImported(heard::add);
        UI.getCurrent().add(transfer);
    }

    @Test
    void with_no_event_there_is_nothing_to_export() {
        transfer.show(null);

        assertThat(transfer.export.isEnabled()).isFalse();
        assertThat(transfer.export.getId()).hasValue("event-export");
        assertThat(transfer.upload.getId()).hasValue("event-import");
    }

    @Test
    void the_shown_events_set_up_downloads_under_its_slug() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        transfer.show(event);

        assertThat(transfer.export.isEnabled()).isTrue();
        assertThat(transfer.export.getText()).contains(event.slug() + "-setup.json");
        assertThat(transfer.export.getHref()).isNotBlank();
    }

    @Test
    void an_imported_file_creates_the_event_and_says_so() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        lines.add(event.requireId(), new LineDraft("kysymys", LineKind.ANSWER, "Kysymys?", null, null, null, null, null, false));
        String file = new String(setupFile.export(event), StandardCharsets.UTF_8).replace(event.slug(), event.slug() + "-b");

        transfer.imported("setup.json", file.getBytes(StandardCharsets.UTF_8));

        assertThat(heard).singleElement().extracting(Event::slug).isEqualTo(event.slug() + "-b");
        assertThat(transfer.result.getElement().getTextRecursively()).contains(event.slug() + "-b", "1 naru");
        assertThat(lines.active(heard.getFirst().requireId())).extracting(l -> l.code()).containsExactly("kysymys");
    }

    @Test
    void a_file_with_problems_lists_them_with_their_places_and_nothing_is_created() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        ObjectNode file = (ObjectNode) json.readTree(setupFile.export(event));
        file.set("lines", json.readTree("[{\"code\": \"x\", \"kind\": \"kysely\"}]"));

        transfer.imported("setup.json", json.writeValueAsBytes(file));

        assertThat(heard).isEmpty();
        List<String> items = $(ListItem.class).all().stream().map(i -> i.getElement().getTextRecursively()).toList();
        assertThat(items).contains("/event/slug: Tapahtuma tunnuksella " + event.slug()
                + " on jo olemassa. Muuta tiedostossa kentän slug arvoa tai kopioi tapahtuma sen sijaan.");
        assertThat(items).anySatisfy(i -> assertThat(i).startsWith("/lines/0/kind: Tuntematon narun laji kysely"));
        assertThat(items).anySatisfy(i -> assertThat(i).startsWith("/lines/0/prompt: Kenttä prompt puuttuu"));
        assertThat(transfer.result.getElement().getTextRecursively()).contains("Mitään ei muutettu");
    }
}
