package fi.pyykkinaru.call.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.call.BoardTestData;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.call.ProposalRow;
import fi.pyykkinaru.call.ProposalStatus;
import fi.pyykkinaru.call.ReviewBoard;
import fi.pyykkinaru.call.Reviewer;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSettings;
import fi.pyykkinaru.kiosk.StandSlot;
import fi.pyykkinaru.kiosk.StandSlots;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.Sessions;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The review board at /staff/call on the stand's (sample) event, for an organiser and for a reviewer. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class CallBoardViewTest extends SpringBrowserlessTest {

    @Autowired ThisStand stand;
    @Autowired Calls calls;
    @Autowired ReviewBoard board;
    @Autowired Sessions sessions;
    @Autowired ApplicationContext context;
    @Autowired Stands stands;
    @Autowired StandSlots slots;
    @Autowired StandSettings standSettings;
    @Autowired Lines lines;

    @AfterEach
    void leaveTheSampleEventAsItWas() {
        Event event = stand.event();
        BoardTestData.removeCalls(context, event.requireId());
    }

    private Call aCallWith(String... titles) {
        Call call = calls.open(stand.event(), CallKind.SESSIONS);
        for (String title : titles) {
            BoardTestData.proposal(context, call, title, "Maija " + title, ProposalStatus.SUBMITTED,
                    Map.of("idea", "Idea: " + title, "why", "Koska " + title));
        }
        return call;
    }

    /** A cell's words, its lines joined by a space. */
    private String cell(CallBoardView view, int row, String column) {
        var component = view.grid.getColumnByKey(column).getRenderer();
        ProposalRow item = view.grid.getListDataView().getItem(row);
        var rendered = ((com.vaadin.flow.data.renderer.ComponentRenderer<?, ProposalRow>) component).createComponent(item);
        return rendered.getChildren().map(c -> c.getElement().getTextRecursively())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private void open(CallBoardView view, String title) {
        ProposalRow row = view.grid.getListDataView().getItems().filter(r -> title.equals(r.proposal().title()))
                .findFirst().orElseThrow();
        view.grid.select(row);
    }

    @Test
    void with_no_call_an_organiser_opens_a_sessions_call_in_one_tap_and_its_editor_opens() {
        CallBoardView view = navigate(CallBoardView.class);
        assertThat(view.noCall.isVisible()).isTrue();
        assertThat(view.boardArea.isVisible()).isFalse();
        assertThat(view.opener).isNotNull();
        assertThat(view.opener.kind.getValue()).isEqualTo(CallKind.SESSIONS);

        test(view.opener.open).click();

        assertThat(calls.ofEvent(stand.event().requireId())).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(CallKind.SESSIONS));
        assertThat(view.boardArea.isVisible()).isTrue();
        assertThat(view.address.getHref()).endsWith("/call/" + stand.event().slug());
        assertThat(view.counts.getText()).isEqualTo("Ei vielä ehdotuksia, 0 valittu");
        assertThat($(CallSetupDialog.class).single().isOpened()).as("the organiser adjusts it at once").isTrue();
        assertThat(view.callSelect.isVisible()).as("one call needs no selector").isFalse();
    }

    @Test
    @WithMockUser(username = "anna", roles = "REVIEWER")
    void a_reviewer_sees_the_others_scores_only_after_saving_her_own() {
        Call call = aCallWith("Työpaja", "Paneeli");
        Proposal workshop = board.board(call, new Reviewer("x", true, false)).rows().getFirst().proposal();
        board.saveReview(workshop.requireId(), new Reviewer("bertil", false, true), BoardTestData.scores(call, 5), "Hieno");
        CallBoardView view = navigate(CallBoardView.class);
        assertThat(view.edit.isVisible()).as("reviewers do not edit the call").isFalse();
        assertThat(cell(view, 0, "reviews")).isEqualTo("1 arvio Näkyy, kun olet arvioinut");

        open(view, "Työpaja");
        ProposalPanel panel = view.detail;
        assertThat(panel).isNotNull();
        assertThat(panel.actions.isVisible() && panel.getChildren().anyMatch(c -> c == panel.actions))
                .as("no decisions for a reviewer").isFalse();
        assertThat($(ReviewList.class).single().getElement().getTextRecursively()).contains("kun olet tallentanut")
                .doesNotContain("Hieno");
        ReviewForm form = panel.form;
        assertThat(form).isNotNull();
        form.scores.get("aim").setValue(3);
        form.scores.get("interaction").setValue(9);
        form.comment.setValue("Kiinnostava, mutta");

        test(form.save).click();

        IntegerField interaction = form.scores.get("interaction");
        assertThat(interaction.isInvalid()).isTrue();
        assertThat(interaction.getErrorMessage()).isEqualTo("Pisteet ovat 1–5.");
        assertThat(form.scores.get("novelty").getErrorMessage()).isEqualTo("Anna pisteet 1–5.");
        assertThat(form.comment.getValue()).as("nothing typed is lost").isEqualTo("Kiinnostava, mutta");
        assertThat(form.scores.get("aim").getValue()).isEqualTo(3);

        form.scores.values().forEach(f -> f.setValue(3));
        test(form.save).click();

        assertThat($(ReviewList.class).single().getElement().getTextRecursively()).contains("bertil", "anna", "Hieno",
                "4,0");
        assertThat(cell(view, 0, "status")).isEqualTo("Arvioitavana Arvioitu");
    }

    @Test
    void an_organiser_chooses_with_the_template_message_and_puts_the_session_on_the_programme() {
        Call call = aCallWith("Ohjelmaan menevä");
        CallBoardView view = navigate(CallBoardView.class);
        open(view, "Ohjelmaan menevä");

        test($(Button.class).id("proposal-choose")).click();
        DecisionDialog decision = $(DecisionDialog.class).single();
        assertThat(decision.message.getValue()).startsWith("Kiitos ehdotuksestasi").contains(stand.event().name());
        assertThat(decision.email.getText()).contains("maija.ohjelmaan menevä@example.org".replace(" ", "."));
        decision.message.setValue(decision.message.getValue() + " Tervetuloa!");
        test(decision.confirm).click();

        Proposal chosen = board.board(call, new Reviewer("organiser", true, false)).rows().getFirst().proposal();
        assertThat(chosen.status()).isEqualTo(ProposalStatus.CHOSEN);
        assertThat(chosen.decisionMessage()).endsWith("Tervetuloa!");
        assertThat(view.counts.getText()).isEqualTo("1 ehdotus, 1 valittu");

        test($(Button.class).id("proposal-to-programme")).click();
        ToProgrammeDialog dialog = $(ToProgrammeDialog.class).single();
        assertThat(dialog.title.getValue()).isEqualTo("Ohjelmaan menevä");
        assertThat(dialog.description.getValue()).isEqualTo("Idea: Ohjelmaan menevä");
        assertThat(dialog.date.getValue()).isEqualTo(stand.event().startsOn());
        dialog.start.setValue(LocalTime.of(14, 0));
        dialog.end.setValue(LocalTime.of(13, 0));
        test(dialog.save).click();
        assertThat(dialog.end.isInvalid()).as("ends before it starts").isTrue();
        dialog.end.setValue(LocalTime.of(15, 0));
        dialog.room.setValue("Sali 3");
        test(dialog.save).click();

        Session session = sessions.programme(stand.event().requireId()).stream()
                .filter(s -> s.title().equals("Ohjelmaan menevä")).findFirst().orElseThrow();
        assertThat(session.origin()).isEqualTo(SessionOrigin.OPEN_CALL);
        assertThat(session.responsibleName()).isEqualTo("Maija Ohjelmaan menevä");
        assertThat(session.room()).isEqualTo("Sali 3");
        assertThat(session.startsAt().atZone(stand.event().zone()).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat($(Button.class).id("proposal-to-programme").getText()).isEqualTo("Muuta aikaa ja salia");
    }

    @Test
    void a_decision_is_taken_back_only_after_the_question() {
        Call call = aCallWith("Hylättävä");
        CallBoardView view = navigate(CallBoardView.class);
        open(view, "Hylättävä");
        test($(Button.class).id("proposal-decline")).click();
        DecisionDialog decision = $(DecisionDialog.class).single();
        assertThat(decision.message.getValue()).contains("valitettavasti");
        test(decision.confirm).click();
        assertThat(cell(view, 0, "status")).startsWith("Ei valittu");

        test($(Button.class).id("proposal-undecide")).click();
        assertThat($(Confirmation.class).single().isOpened()).isTrue();
        test($(Button.class).id(Confirmation.OK)).click();

        assertThat(cell(view, 0, "status")).startsWith("Arvioitavana");
        assertThat(board.board(call, new Reviewer("o", true, false)).rows().getFirst().proposal().decisionMessage())
                .isNull();
    }

    @Test
    void a_chosen_takeover_goes_to_the_stand_with_a_new_line_from_the_networks_question() {
        Event event = stand.event();
        Call call = calls.open(event, CallKind.TAKEOVER);
        Proposal proposal = BoardTestData.proposal(context, call, "Verkoston valtaus", "Ville Verkosto",
                ProposalStatus.SUBMITTED, Map.of("network", "Hyvinvointiverkosto", "line-question",
                        "Mikä tuo sinulle hyvää mieltä?"));
        board.decide(proposal.requireId(), new Reviewer("organiser", true, false), true, "Valittu");
        Stand takeover = stands.save(Stand.create(event.requireId(), "Valtausosasto " + proposal.id(), standSettings));
        try {
            // A changed stand makes the session's kiosk layout redraw the page (KioskLayout.recheck): let it, first.
            navigate(CallBoardView.class);
            CallBoardView view = $(CallBoardView.class).single();
            open(view, "Verkoston valtaus");
            Button toStand = $(Button.class).id("proposal-to-programme");
            assertThat(toStand.getText()).isEqualTo("Osastolle");
            test(toStand).click();
            ToStandDialog dialog = $(ToStandDialog.class).single();
            assertThat(dialog.network.getValue()).isEqualTo("Hyvinvointiverkosto");
            assertThat(dialog.lineChoice.getValue()).isEqualTo(ToStandDialog.LineChoice.NEW);
            assertThat(dialog.newLine.getValue()).isEqualTo("Mikä tuo sinulle hyvää mieltä?");
            test(dialog.save).click();
            assertThat(dialog.end.isInvalid()).as("the time is needed").isTrue();
            dialog.stand.setValue(dialog.stand.getListDataView().getItems()
                    .filter(s -> s.requireId() == takeover.requireId()).findFirst().orElseThrow());
            dialog.start.setValue(LocalTime.of(12, 0));
            dialog.end.setValue(LocalTime.of(13, 0));
            test(dialog.save).click();

            StandSlot slot = slots.ofStand(takeover.requireId()).getFirst();
            assertThat(slot.networkName()).isEqualTo("Hyvinvointiverkosto");
            Line line = lines.active(event.requireId()).stream().filter(l -> l.code().equals(slot.lineCode()))
                    .findFirst().orElseThrow();
            assertThat(line.prompt().fi()).isEqualTo("Mikä tuo sinulle hyvää mieltä?");
            assertThat(board.proposal(proposal.requireId()).orElseThrow().slotId()).isEqualTo(slot.id());
            view = $(CallBoardView.class).single();
            open(view, "Verkoston valtaus");
            assertThat($(Button.class).id("proposal-to-programme").getText()).isEqualTo("Muuta osastovuoroa");
            slots.remove(slot.requireId());
            lines.remove(line.requireId());
        } finally {
            slots.ofStand(takeover.requireId()).forEach(s -> slots.remove(s.requireId()));
            stands.remove(takeover.requireId());
        }
    }

    @Test
    void search_and_status_filter_narrow_the_list_and_the_ranking_puts_the_best_first() {
        Call call = aCallWith("Kudontapaja", "Lukupiiri", "Kävelykokous");
        Reviewer organiser = new Reviewer("organiser", true, false);
        var rows = board.board(call, organiser).rows();
        board.saveReview(rows.get(0).proposal().requireId(), new Reviewer("anna", false, true),
                BoardTestData.scores(call, 2), "");
        board.saveReview(rows.get(2).proposal().requireId(), new Reviewer("anna", false, true),
                BoardTestData.scores(call, 5), "");
        CallBoardView view = navigate(CallBoardView.class);
        assertThat(test(view.grid).size()).isEqualTo(3);

        view.search.setValue("koska lukupiiri");
        assertThat(test(view.grid).size()).isEqualTo(1);
        view.search.setValue("");
        view.statusFilter.setValue(ProposalStatus.IN_REVIEW);
        assertThat(test(view.grid).size()).isEqualTo(2);
        view.statusFilter.setValue(null);
        view.ranked.setValue(true);

        assertThat(view.grid.getListDataView().getItems().map(r -> r.proposal().title()))
                .containsExactly("Kävelykokous", "Kudontapaja", "Lukupiiri");
        assertThat(cell(view, 0, "reviews")).isEqualTo("1 arvio Keskiarvo 5,00, hajonta 0,00");
        assertThat(cell(view, 1, "reviews")).isEqualTo("1 arvio Keskiarvo 2,00, hajonta 0,00");
    }
}
