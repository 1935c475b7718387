package fi.pyykkinaru.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.evaluation.ClosingKind;
import fi.pyykkinaru.evaluation.ClosingQuestion;
import fi.pyykkinaru.evaluation.ClosingQuestions;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PyykkinaruTest
class KioskClosingViewTest extends SpringBrowserlessTest {

    @Autowired Sessions sessions;
    @Autowired Events events;
    @Autowired ClosingQuestions closing;
    @Autowired JdbcClient jdbc;

    private Event sample;
    private List<String> before;

    @BeforeEach
    void remember_the_samples_answers() {
        sample = events.bySlug("sample").orElseThrow();
        before = submissions();
    }

    @AfterEach
    void forget_this_tests_answers() {
        submissions().stream().filter(s -> !before.contains(s)).forEach(s -> {
            jdbc.sql("delete from closing_answer where submission = ?").param(s).update();
            jdbc.sql("delete from closing_respondent where submission = ?").param(s).update();
        });
    }

    @Test
    void after_a_vote_the_stand_offers_the_closing_questions_until_this_visitor_has_answered_them() {
        Session session = sessions.save(new Session(null, sample.requireId(), SessionTokens.next(), "Loppukysymystesti",
                null, Instant.parse("2026-11-23T12:00:00Z"), Instant.parse("2026-11-23T13:00:00Z"), "Sali D", null,
                null, null, SessionOrigin.ORGANISER, "fi", 0));
        List<ClosingQuestion> questions = closing.ofEvent(sample.requireId());
        ClosingQuestion needs = questions.stream().filter(q -> q.kind() == ClosingKind.SCALE).findFirst().orElseThrow();
        navigate("feedback/" + session.token(), Component.class);
        test(button("vote-p1")).click();
        test(button("feedback-skip")).click();
        Button offer = button("after-vote-offer");
        assertThat(offer.isVisible()).isTrue();
        assertThat(offer.getText()).isEqualTo("Vielä lopuksi: tapahtuman kysymykset →");

        test(offer).click();
        KioskClosingView view = (KioskClosingView) getCurrentView();
        test(view.send).click();
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.getText()).isEqualTo("Yksi kysymys odottaa vastausta.");
        test(button("q" + needs.requireId() + "-2")).click();
        test(view.send).click();

        assertThat(view.thanks.isVisible()).isTrue();
        assertThat(view.thanks.getText()).isEqualTo("Kiitos vastauksistasi!");
        List<String> added = submissions().stream().filter(s -> !before.contains(s)).toList();
        assertThat(added).hasSize(1);
        assertThat(jdbc.sql("select choice from closing_answer where submission = ?").param(added.getFirst())
                .query(Integer.class).list()).containsExactly(2);

        // The same visitor votes on another session before walking away: the questions are not offered again.
        navigate("feedback/" + session.token(), Component.class);
        test(button("vote-p2")).click();
        test(button("feedback-skip")).click();
        Component feedbackView = (Component) getCurrentView();
        assertThat(descendants(feedbackView).filter(c -> c.getId().orElse("").equals("after-vote-offer")).toList())
                .singleElement().satisfies(hidden -> assertThat(hidden.isVisible()).isFalse());
    }

    private static java.util.stream.Stream<Component> descendants(Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
                component.getChildren().flatMap(KioskClosingViewTest::descendants));
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }

    private List<String> submissions() {
        return jdbc.sql("select submission from closing_respondent where event_id = ?").param(sample.requireId())
                .query(String.class).list();
    }
}
