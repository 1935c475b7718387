package fi.pyykkinaru.session.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.VaadinSession;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import fi.pyykkinaru.session.FeedbackResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PyykkinaruTest
class SessionViewsTest extends SpringBrowserlessTest {

    @Autowired Sessions sessions;
    @Autowired Feedback feedback;
    @Autowired ThisStand stand;

    private List<Session> programme() {
        return sessions.programme(stand.event().id());
    }

    @Test
    void the_programme_lists_every_session_with_its_feedback_link_and_qr_code() {
        navigate(ProgrammeView.class);

        for (Session session : programme()) {
            assertThat(find(Anchor.class).withId("feedback-" + session.token()).single().getHref())
                    .isEqualTo("/s/" + session.token());
            assertThat(find(Anchor.class).withId("kiosk-feedback-" + session.token()).single().getHref())
                    .isEqualTo("feedback/" + session.token());
            assertThat(find(Image.class).withCondition(i -> i.getSrc().startsWith("/s/" + session.token() + "/qr.png"))
                    .exists()).isTrue();
        }
    }

    @Test
    void the_results_show_the_count_and_the_median_of_the_sample_votes() {
        Session opening = programme().stream().filter(s -> s.title().startsWith("Avaus")).findFirst().orElseThrow();
        long count = feedback.result(opening).count();

        ResultsView view = navigate("s/" + opening.token() + "/results", ResultsView.class);

        assertThat(view.title.getText()).isEqualTo(opening.title());
        assertThat(view.count.getText()).isEqualTo(String.valueOf(count));
        assertThat(count).isGreaterThanOrEqualTo(8);
        assertThat(view.median.getText()).matches("-?\\d(\\.5)?");
        assertThat(view.bars.bar(Score.P2).getElement().getAttribute("data-count")).isNotEqualTo("0");
    }

    @Test
    void results_for_an_unknown_code_say_so() {
        ResultsView view = navigate("s/ZZZZZZZZ/results", ResultsView.class);

        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.notFound.getText()).startsWith("Tällä koodilla ei löytynyt sessiota");
    }

    @Test
    void the_median_reads_the_same_in_every_language() {
        assertThat(new FeedbackResult(Map.of(Score.P1, 1L), 0).medianText()).isEqualTo("1");
        assertThat(new FeedbackResult(Map.of(Score.ZERO, 1L, Score.P1, 1L), 0).medianText()).isEqualTo("0.5");
        assertThat(new FeedbackResult(Map.of(Score.M2, 1L, Score.M1, 1L), 0).medianText()).isEqualTo("-1.5");
        assertThat(new FeedbackResult(Map.of(), 0).medianText()).isEqualTo("–");
    }

    @Test
    void the_open_results_screen_follows_votes_without_being_reopened() {
        Session session = programme().getLast();
        ResultsView view = navigate("s/" + session.token() + "/results", ResultsView.class);
        FeedbackResult before = feedback.result(session);
        assertThat(view.count.getText()).isEqualTo(String.valueOf(before.count()));

        // A phone votes: its request runs on a thread of its own, with no Vaadin session.
        CompletableFuture.runAsync(() -> feedback.vote(session, "phone:" + UUID.randomUUID(), Score.M2, Channel.PHONE))
                .join();
        FeedbackResult after = feedback.result(session);

        // The broadcast reaches the screen through UI.access, queued while this test holds the session's lock:
        // run the queue as the lock's release would.
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            VaadinSession vaadin = VaadinSession.getCurrent();
            vaadin.getService().runPendingAccessTasks(vaadin);
            assertThat(view.count.getText()).isEqualTo(String.valueOf(before.count() + 1));
        });
        assertThat(getCurrentView()).isSameAs(view);
        // Other tests share the sample: the median and bars show as soon as the session has five answers.
        boolean enough = after.count() >= 5;
        assertThat(view.median.getText()).isEqualTo(enough ? after.medianText() : "–");
        assertThat(view.bars.isVisible()).isEqualTo(enough);
        assertThat(view.tooFew.isVisible()).isEqualTo(!enough);
    }

    @Test
    void the_results_hide_the_median_and_distribution_until_five_have_answered() {
        Session session = sessions.save(new Session(null, stand.event().id(), SessionTokens.next(),
                "Pieni ryhmä", null, Instant.parse("2026-11-23T12:00:00Z"), Instant.parse("2026-11-23T13:00:00Z"),
                "Sali E", null, null, null, SessionOrigin.ORGANISER, "fi", 0));
        ResultsView view = navigate("s/" + session.token() + "/results", ResultsView.class);
        Score[] votes = {Score.M2, Score.P1, Score.P1, Score.P2, Score.ZERO};

        for (int i = 0; i < 4; i++) {
            vote(view, session, votes[i], i + 1);
            assertThat(view.median.getText()).as("%d answers", i + 1).isEqualTo("–");
            assertThat(view.bars.isVisible()).isFalse();
            assertThat(view.tooFew.isVisible()).isTrue();
            assertThat(view.tooFew.getText()).isEqualTo("Mediaani ja jakauma näkyvät, kun vastauksia on vähintään 5: "
                    + "pienestä joukosta voisi päätellä, kuka vastasi mitäkin.");
        }
        vote(view, session, votes[4], 5);

        assertThat(view.median.getText()).isEqualTo("1");
        assertThat(view.bars.isVisible()).isTrue();
        assertThat(view.bars.bar(Score.M2).getElement().getAttribute("data-count")).isEqualTo("1");
        assertThat(view.bars.bar(Score.P1).getElement().getAttribute("data-count")).isEqualTo("2");
        assertThat(view.tooFew.isVisible()).isFalse();
    }

    private void vote(ResultsView view, Session session, Score score, int expected) {
        CompletableFuture.runAsync(() -> feedback.vote(session, "phone:" + UUID.randomUUID(), score, Channel.PHONE)).join();
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            VaadinSession vaadin = VaadinSession.getCurrent();
            vaadin.getService().runPendingAccessTasks(vaadin);
            assertThat(view.count.getText()).isEqualTo(String.valueOf(expected));
        });
    }
}
