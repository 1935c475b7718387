package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.harvest.HarvestFigures;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

/** How many were chosen of how many applied reaches the harvest through its figures, per call. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class CallSetupFiguresTest extends SpringBrowserlessTest {

    @Autowired List<HarvestFigures> figures;
    @Autowired Calls calls;
    @Autowired Events events;
    @Autowired ApplicationContext context;

    @Test
    void the_harvest_counts_the_sent_and_the_chosen_proposals_of_each_call() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Call sessions = calls.open(event, CallKind.SESSIONS);
        calls.open(event, CallKind.TAKEOVER);
        for (ProposalStatus status : List.of(ProposalStatus.SUBMITTED, ProposalStatus.CHOSEN, ProposalStatus.CHOSEN,
                ProposalStatus.DECLINED, ProposalStatus.DRAFT)) {
            Proposal proposal = CallSetupTestAccess.propose(context, sessions, "Ehdotus", Map.of(), Instant.now());
            CallSetupTestAccess.withStatus(context, proposal, status);
        }

        List<HarvestFigures.Figure> finnish = figures.stream()
                .flatMap(f -> f.figures(event.requireId(), Locale.of("fi")).stream()).toList();
        List<HarvestFigures.Figure> english = figures.stream()
                .flatMap(f -> f.figures(event.requireId(), Locale.ENGLISH).stream()).toList();

        assertThat(finnish).containsExactlyInAnyOrder(
                new HarvestFigures.Figure("Avoin haku: sessiot", "4 ehdotusta, valittu 2"),
                new HarvestFigures.Figure("Avoin haku: osaston haltuunotot", "Ei ehdotuksia, valittu 0"));
        assertThat(english).contains(new HarvestFigures.Figure("Open call: sessions", "4 proposals, 2 chosen"));
        long other = TestEvents.create(events, ModerationPolicy.PUBLISH).requireId();
        assertThat(figures.stream().flatMap(f -> f.figures(other, Locale.ENGLISH).stream())).isEmpty();
    }

    @Test
    void the_harvest_overview_shows_them() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        CallSetupTestAccess.propose(context, calls.open(event, CallKind.SESSIONS), "Ehdotus", Map.of(), Instant.now());

        UI.getCurrent().navigate("harvest", QueryParameters.of("event", event.slug()));

        Div shown = $(Div.class).withId("harvest-figures").single();
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getElement().getTextRecursively()).contains("Avoin haku: sessiot", "1 ehdotus, valittu 0");
    }
}
