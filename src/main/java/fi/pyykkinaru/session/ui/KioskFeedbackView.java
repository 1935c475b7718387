package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.kiosk.KioskLayout;
import fi.pyykkinaru.kiosk.NotFound;
import fi.pyykkinaru.kiosk.Visitor;
import fi.pyykkinaru.privacy.SmallGroups;
import fi.pyykkinaru.session.AfterVote;
import fi.pyykkinaru.session.Answer;
import fi.pyykkinaru.session.AnswerDetails;
import fi.pyykkinaru.session.Attendance;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Feedback on a session at the stand: five big choices, then optional details, then thanks and the result, and
 * back to the wall. The voter is the visitor in front of the stand, a new one after every visit ends (Done, the
 * thanks, or the idle reset), so the next person never sees or changes this one's vote.
 */
@Route(value = "feedback/:token", layout = KioskLayout.class)
@AnonymousAllowed
class KioskFeedbackView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** A second tap on the same choice this soon is the same tap, not a new vote. */
    static final Duration REPEAT_GUARD = Duration.ofSeconds(3);

    final H1 title = new H1();
    final Paragraph question = new Paragraph();
    final Map<Score, Button> votes = new EnumMap<>(Score.class);
    final Div details = new Div();
    final Paragraph thanks = new Paragraph();
    final TextArea comment = new TextArea();
    final Select<Region> region = new Select<>();
    final Select<OrganisationType> organisationType = new Select<>();
    final RadioButtonGroup<Attendance> attendance = new RadioButtonGroup<>();
    final Button send = new Button();
    final Button skip = new Button();
    final ResultBars distribution = new ResultBars();
    final Paragraph sent = new Paragraph();
    final Span result = new Span();
    final Button offer = new Button();
    private final Sessions sessions;
    private final Feedback feedback;
    private final Clock clock;
    private final java.util.List<AfterVote> afterVote;
    private final SmallGroups smallGroups;
    private @Nullable Session session;
    private @Nullable Answer answer;
    private @Nullable Instant lastTap;
    private @Nullable String offerRoute;

    KioskFeedbackView(Sessions sessions, Feedback feedback, Clock clock, java.util.List<AfterVote> afterVote,
            SmallGroups smallGroups) {
        this.smallGroups = smallGroups;
        this.afterVote = afterVote;
        this.sessions = sessions;
        this.feedback = feedback;
        this.clock = clock;
        setId("kiosk-feedback");
        addClassName("kiosk-feedback");
        Div choices = new Div();
        choices.addClassName("kiosk-votes");
        for (Score score : Score.values()) {
            Span face = new Span();
            face.getElement().setProperty("innerHTML", score.face());
            face.addClassName("face");
            face.getElement().setAttribute("aria-hidden", "true");
            Button vote = new Button(face, e -> vote(score));
            vote.setId(score.testId());
            vote.addClassNames("kiosk-vote", "vote-colour-" + score.testId().substring(5));
            vote.getElement().setAttribute("aria-pressed", "false");
            votes.put(score, vote);
            choices.add(vote);
        }
        comment.setId("feedback-comment");
        comment.getElement().setProperty("maxlength", AnswerDetails.COMMENT_MAX * 2);
        comment.addClassName("field");
        region.setItems(Region.values());
        region.setEmptySelectionAllowed(true);
        organisationType.setItems(OrganisationType.values());
        organisationType.setEmptySelectionAllowed(true);
        attendance.setItems(Attendance.values());
        send.setId("feedback-send");
        send.addClassNames("big-button", "primary");
        send.addClickListener(e -> sendDetails());
        skip.setId("feedback-skip");
        skip.addClassName("big-button");
        skip.addClickListener(e -> finish(false));
        thanks.addClassName("thanks-line");
        sent.addClassName("thanks-line");
        sent.setVisible(false);
        sent.setId("feedback-sent");
        sent.getElement().setAttribute("tabindex", "-1");
        result.setId("kiosk-result");
        offer.setId("after-vote-offer");
        offer.addClassNames("big-button", "primary", "after-vote-offer");
        offer.setVisible(false);
        offer.addClickListener(e -> {
            if (offerRoute != null) {
                UI.getCurrent().navigate(offerRoute);
            }
        });
        Div buttons = new Div(skip, send);
        buttons.addClassName("actions");
        details.add(thanks, comment, region, organisationType, attendance, buttons);
        details.addClassNames("slip-paper", "kiosk-details");
        details.setVisible(false);
        // The thanks and the result are said as they change, for screen readers.
        Div said = new Div(sent, result);
        said.setId("kiosk-result-live");
        said.getElement().setAttribute("aria-live", "polite");
        add(title, question, choices, details, said, offer, distribution);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Session found = sessions.byToken(event.getRouteParameters().get("token").orElse("")).orElse(null);
        session = found;
        if (found == null) {
            NotFound.show(event, "feedback.not-found");
            return;
        }
        title.setText(found.title());
        answer = feedback.answerOf(found, voter()).orElse(null);
        showAnswer();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        question.setText(getTranslation("feedback.question"));
        votes.forEach((score, button) -> button.setText(getTranslation(score.labelKey())));
        thanks.setText(getTranslation("feedback.thanks") + " " + getTranslation("feedback.more"));
        comment.setLabel(getTranslation("feedback.comment"));
        region.setLabel(getTranslation("slip.region"));
        region.setEmptySelectionCaption(getTranslation("slip.region.none"));
        region.setItemLabelGenerator(r -> r == null ? getTranslation("slip.region.none") : getTranslation(r.labelKey()));
        organisationType.setLabel(getTranslation("feedback.organisation-type"));
        organisationType.setEmptySelectionCaption(getTranslation("slip.region.none"));
        organisationType.setItemLabelGenerator(t -> t == null ? getTranslation("slip.region.none")
                : getTranslation("organisation-type." + t.name()));
        attendance.setLabel(getTranslation("feedback.attendance"));
        attendance.setItemLabelGenerator(a -> getTranslation("attendance." + a.name()));
        send.setText(getTranslation("feedback.send"));
        skip.setText(getTranslation("feedback.skip"));
        showResult();
    }

    @Override
    public String getPageTitle() {
        return session == null ? getTranslation("feedback.not-found.title") : session.title();
    }

    private String voter() {
        return Visitor.voterKey();
    }

    private void vote(Score score) {
        if (session == null) {
            return;
        }
        Instant now = clock.instant();
        boolean repeat = answer != null && answer.scoreValue() == score && lastTap != null
                && Duration.between(lastTap, now).compareTo(REPEAT_GUARD) < 0;
        lastTap = now;
        if (!repeat) {
            answer = feedback.vote(session, voter(), score, Channel.KIOSK);
        }
        showAnswer();
    }

    private void sendDetails() {
        if (answer == null) {
            return;
        }
        AnswerDetails typed = new AnswerDetails(comment.getValue(), region.getValue(), organisationType.getValue(),
                attendance.getValue());
        String problem = typed.commentProblem();
        comment.setInvalid(problem != null);
        comment.setErrorMessage(problem == null ? "" : getTranslation(problem));
        if (problem != null) {
            return;
        }
        answer = feedback.addDetails(answer.id(), typed);
        finish(true);
    }

    private void finish(boolean detailsSaved) {
        sent.setText(getTranslation(detailsSaved ? "feedback.sent" : "feedback.thanks"));
        details.setVisible(false);
        sent.setVisible(true);
        showResult();
        showOffer();
        // The details and their buttons are gone: the focus goes to the thanks, not back to the page's top.
        sent.getElement().executeJs("requestAnimationFrame(() => this.focus({ preventScroll: true }))");
        KioskLayout.thankThenEndVisit(this, QueryParameters.empty());
    }

    /**
     * What another feature asks next (the event's closing questions), during the thanks: a tap goes there, and the
     * thanks' end of the visit no longer applies to a screen that has moved on.
     */
    private void showOffer() {
        Session voted = session;
        var offered = voted == null ? java.util.Optional.<AfterVote.Offer>empty() : afterVote.stream()
                .flatMap(a -> a.after(voted, voter(), getLocale()).stream()).findFirst();
        offered.ifPresent(o -> {
            offer.setText(o.title() + " →");
            offer.getElement().setAttribute("aria-description", o.text());
            offerRoute = o.kioskRoute();
        });
        offer.setVisible(offered.isPresent());
    }

    private void showAnswer() {
        votes.forEach((score, button) -> button.getElement().setAttribute("aria-pressed",
                String.valueOf(answer != null && answer.scoreValue() == score)));
        details.setVisible(answer != null && !sent.isVisible());
        showResult();
    }

    private void showResult() {
        distribution.setVisible(session != null && answer != null);
        if (session == null || answer == null) {
            result.setText("");
            return;
        }
        FeedbackResult now = feedback.result(session);
        String count = new java.text.MessageFormat(getTranslation("feedback.count"), getLocale()).format(new Object[] {now.count()});
        // The next visitor at the stand sees this screen: with a few answers it would show how those few voted.
        if (!smallGroups.enough(now.count())) {
            distribution.setVisible(false);
            result.setText(count + " · " + getTranslation("results.too-few", smallGroups.min()));
            return;
        }
        distribution.show(now);
        String median = now.medianText();
        result.setText(count + " · " + getTranslation("feedback.median") + " " + median);
    }
}
