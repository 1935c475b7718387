package fi.pyykkinaru.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

@PyykkinaruTest
class KioskFeedbackViewTest extends SpringBrowserlessTest {

    @Autowired Sessions sessions;
    @Autowired Events events;
    @Autowired Feedback feedback;
    @Autowired Registrations registrations;
    @Autowired fi.pyykkinaru.badge.BadgePrinting badges;

    private Session newSession() {
        return sessions.save(new Session(null, events.current().orElseThrow().id(), SessionTokens.next(),
                "Kioskilla arvioitava", null, Instant.parse("2026-11-23T12:00:00Z"),
                Instant.parse("2026-11-23T13:00:00Z"), "Sali D", null, null, null, SessionOrigin.ORGANISER, "fi", 0));
    }

    private KioskFeedbackView open(Session session) {
        return navigate("feedback/" + session.token(), KioskFeedbackView.class);
    }

    @Test
    void a_visitor_votes_with_one_tap_and_a_double_tap_counts_once() {
        Session session = newSession();
        KioskFeedbackView view = open(session);

        test(view.votes.get(Score.P1)).click();
        test(view.votes.get(Score.P1)).click();

        assertThat(feedback.result(session).count()).isEqualTo(1);
        assertThat(view.votes.get(Score.P1).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(view.details.isVisible()).isTrue();
        // One answer: its median would be that visitor's own choice.
        assertThat(view.result.getText()).startsWith("1 vastaus · ").contains("vähintään 5").doesNotContain("mediaani 1");
        assertThat(view.distribution.isVisible()).isFalse();
    }

    @Test
    void the_same_visitor_changes_the_answer_and_adds_a_comment() {
        Session session = newSession();
        KioskFeedbackView view = open(session);
        test(view.votes.get(Score.M2)).click();

        test(view.votes.get(Score.P2)).click();
        test(view.comment).setValue("Selkeä ja käytännöllinen <3");
        test(view.attendance).selectItem("Etänä");
        test(view.send).click();

        assertThat(feedback.result(session).distribution()).containsEntry(Score.P2, 1L).containsEntry(Score.M2, 0L);
        assertThat(view.sent.isVisible()).isTrue();
        assertThat(view.sent.getText()).isEqualTo("Kiitos! Lisätiedot tallennettiin.");
    }

    @Test
    void the_details_can_be_skipped_and_the_result_shows_its_distribution_once_five_have_answered() {
        Session session = newSession();
        for (Score earlier : java.util.List.of(Score.P2, Score.P1, Score.P1, Score.M1)) {
            feedback.vote(session, "phone:" + java.util.UUID.randomUUID(), earlier, fi.pyykkinaru.session.Channel.PHONE);
        }
        KioskFeedbackView view = open(session);
        test(view.votes.get(Score.ZERO)).click();

        test(view.skip).click();

        assertThat(view.details.isVisible()).isFalse();
        assertThat(view.sent.isVisible()).isTrue();
        assertThat(view.sent.getText()).isEqualTo("Kiitos vastauksestasi!");
        assertThat(view.distribution.getChildren()).hasSize(5);
        assertThat(view.distribution.isVisible()).isTrue();
        assertThat(view.distribution.getElement().getTextRecursively()).contains("en osaa sanoa: 1", "hyödyllinen: 2");
        assertThat(view.result.getText()).isEqualTo("5 vastausta · mediaani 1");
    }

    @Test
    void a_long_comment_is_refused_next_to_the_field_and_kept() {
        Session session = newSession();
        KioskFeedbackView view = open(session);
        test(view.votes.get(Score.ZERO)).click();
        String longComment = "a".repeat(501);

        test(view.comment).setValue(longComment);
        test(view.send).click();

        assertThat(view.comment.isInvalid()).isTrue();
        assertThat(view.comment.getErrorMessage()).contains("500");
        assertThat(view.comment.getValue()).isEqualTo(longComment);
    }

    @Test
    void after_an_idle_reset_the_next_visitor_is_a_new_voter() {
        Session session = newSession();
        test(open(session).votes.get(Score.P2)).click();

        var layout = UI.getCurrent().getChildren().findFirst().orElseThrow();
        var guard = layout.getElement().getChildren().filter(e -> "pk-kiosk".equals(e.getTag())).findFirst().orElseThrow();
        guard.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(guard, "kiosk-idle", JsonNodeFactory.instance.objectNode()));
        KioskFeedbackView next = open(session);
        assertThat(next.details.isVisible()).isFalse();
        test(next.votes.get(Score.M1)).click();

        assertThat(feedback.result(session).count()).isEqualTo(2);
    }

    @Test
    void a_badge_shown_at_the_stand_makes_its_owner_one_voter_across_visits() {
        Session session = newSession();
        Registration owner = registrations.register(events.current().orElseThrow(), new RegistrationDraft(
                "Merja Merkitty", null, null, null, List.of("fi"), null, false), RegistrationSource.KIOSK);
        String secret = badges.votingSecret(owner);
        Runnable showBadge = () -> {
            ScanView scan = navigate("scan", ScanView.class);
            scanned(scan, BadgeCodes.payload(owner.badgeCode(), secret));
            assertThat(scan.message.getText()).startsWith("Hei Merja Merkitty!");
        };

        showBadge.run();
        test(open(session).votes.get(Score.P2)).click();
        // The next visitor at the stand (after an idle reset) is somebody else ...
        fi.pyykkinaru.kiosk.VisitorTestAccess.next();
        test(open(session).votes.get(Score.ZERO)).click();
        assertThat(feedback.result(session).count()).isEqualTo(2);
        // ... but the same badge later changes its earlier answer instead of counting twice.
        fi.pyykkinaru.kiosk.VisitorTestAccess.next();
        showBadge.run();
        test(open(session).votes.get(Score.M1)).click();

        assertThat(feedback.result(session).count()).isEqualTo(2);
        assertThat(feedback.answerOf(session, "badge:" + secret).orElseThrow().scoreValue()).isEqualTo(Score.M1);
        // The code stored with her registration finds none of it.
        assertThat(feedback.answerOf(session, "badge:" + owner.badgeCode())).isEmpty();
    }

    @Test
    void a_typed_badge_code_finds_the_registration_but_votes_as_this_visitor() {
        Session session = newSession();
        Registration owner = registrations.register(events.current().orElseThrow(), new RegistrationDraft(
                "Tiina Typed", null, null, null, List.of("fi"), null, false), RegistrationSource.KIOSK);
        Runnable typeCode = () -> {
            ScanView scan = navigate("scan", ScanView.class);
            test(scan.code).setValue(BadgeCodes.display(owner.badgeCode()));
            test(scan.open).click();
            assertThat(scan.message.getText()).startsWith("Hei Tiina Typed!");
        };

        typeCode.run();
        test(open(session).votes.get(Score.P2)).click();
        fi.pyykkinaru.kiosk.VisitorTestAccess.next();
        typeCode.run();
        test(open(session).votes.get(Score.M1)).click();

        // A code is printed in letters and stored with the name: it marks no vote, so two visits are two voters.
        assertThat(feedback.result(session).count()).isEqualTo(2);
        assertThat(feedback.answerOf(session, "badge:" + badges.votingSecret(owner))).isEmpty();
    }

    private static void scanned(ScanView scan, String text) {
        scan.scanner.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(scan.scanner, "qr-scanned",
                JsonNodeFactory.instance.objectNode().put("event.detail.text", text)));
    }

    @Test
    void a_badge_of_nobody_registered_says_so_and_changes_nothing() {
        ScanView scan = navigate("scan", ScanView.class);
        test(scan.code).setValue("PYK-" + BadgeCodes.next());
        test(scan.open).click();

        assertThat(scan.message.getText()).startsWith("Tätä nimikorttia ei löydy");
        assertThat(fi.pyykkinaru.kiosk.Visitor.badge()).isEmpty();
    }

    @Test
    void after_done_the_next_visitor_sees_no_vote_highlighted_and_votes_anew() {
        Session session = newSession();
        test(open(session).votes.get(Score.P2)).click();

        test(find(com.vaadin.flow.component.button.Button.class).id("done")).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("WallView");
        KioskFeedbackView next = open(session);

        assertThat(next.votes.values()).allSatisfy(
                vote -> assertThat(vote.getElement().getAttribute("aria-pressed")).isEqualTo("false"));
        assertThat(next.details.isVisible()).isFalse();
        test(next.votes.get(Score.M2)).click();
        assertThat(feedback.result(session).count()).isEqualTo(2);
    }

    @Test
    void an_unknown_code_opens_the_apps_not_found_page_which_says_so() {
        UI.getCurrent().navigate("feedback/ZZZZZZZZ");

        assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("not-found");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Tällä koodilla ei löytynyt sessiota");
    }
}
