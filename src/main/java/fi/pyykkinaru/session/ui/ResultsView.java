package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.live.Subscribers;
import fi.pyykkinaru.privacy.SmallGroups;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.ResultsBroadcaster;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import org.jspecify.annotations.Nullable;

/**
 * A session's live results for a presenter screen or the stand: number of answers, median and distribution,
 * updated within a second of every vote. No idle reset here, so a presenter screen stays put. The median and
 * distribution wait until enough have answered ({@link SmallGroups}): before that, the count shows and says why.
 */
@Route(value = "s/:token/results", autoLayout = false)
@AnonymousAllowed
@CssImport("./styles/pyykkinaru.css")
class ResultsView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Span countLabel = new Span();
    final Span count = new Span();
    final Span medianLabel = new Span();
    final Span median = new Span();
    final ResultBars bars = new ResultBars();
    final Paragraph staffNote = new Paragraph();
    final Paragraph tooFew = new Paragraph();
    final Paragraph notFound = new Paragraph();
    private final Sessions sessions;
    private final Feedback feedback;
    private final ResultsBroadcaster broadcaster;
    private final SmallGroups smallGroups;
    private @Nullable Session session;
    private Subscribers.Subscription subscription = () -> { };

    ResultsView(Sessions sessions, Feedback feedback, ResultsBroadcaster broadcaster, SmallGroups smallGroups) {
        this.sessions = sessions;
        this.smallGroups = smallGroups;
        this.feedback = feedback;
        this.broadcaster = broadcaster;
        setId("results");
        addClassName("results");
        count.setId("result-count");
        median.setId("result-median");
        Div figures = new Div(figure(countLabel, count), figure(medianLabel, median));
        figures.addClassName("results-figures");
        // A screen reader hears the count and the median as they change, together; a presenter's screen without a
        // layout is its own main landmark.
        figures.setId("results-live");
        figures.getElement().setAttribute("aria-live", "polite");
        figures.getElement().setAttribute("aria-atomic", "true");
        getElement().setAttribute("role", "main");
        tooFew.getElement().setAttribute("role", "status");
        staffNote.addClassName("results-note");
        tooFew.setId("results-too-few");
        tooFew.addClassName("results-note");
        tooFew.setVisible(false);
        notFound.setId("results-not-found");
        notFound.setVisible(false);
        add(title, figures, bars, tooFew, staffNote, notFound);
    }

    private static Div figure(Span label, Span value) {
        label.addClassName("results-label");
        value.addClassName("results-value");
        Div figure = new Div(label, value);
        figure.addClassName("results-figure");
        return figure;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        session = sessions.byToken(event.getRouteParameters().get("token").orElse("")).orElse(null);
        notFound.setVisible(session == null);
        title.setVisible(session != null);
        title.setText(session == null ? "" : session.title());
        // The same view serves the next session navigated to: follow that one from now on.
        follow(event.getUI());
        refresh();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        countLabel.setText(getTranslation("results.answers"));
        medianLabel.setText(getTranslation("results.median"));
        notFound.setText(getTranslation("feedback.not-found"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (session == null ? getTranslation("feedback.not-found.title") : session.title()) + " – Pyykkinaru";
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        follow(attach.getUI());
    }

    private void follow(UI ui) {
        subscription.cancel();
        subscription = session == null ? () -> { }
                : broadcaster.subscribe(session.requireId(), () -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        subscription.cancel();
    }

    private void refresh() {
        if (session == null) {
            return;
        }
        FeedbackResult result = feedback.result(session);
        count.setText(String.valueOf(result.count()));
        boolean enough = smallGroups.enough(result.count());
        // A presenter's screen with two answers and their median would tell the room how those two voted.
        median.setText(enough ? result.medianText() : "–");
        bars.setVisible(enough);
        if (enough) {
            bars.show(result);
        }
        tooFew.setVisible(!enough);
        tooFew.setText(enough ? "" : getTranslation("results.too-few", smallGroups.min()));
        staffNote.setText(result.countedByStaff() == 0 ? ""
                : getTranslation("results.counted-by-staff", result.countedByStaff()));
    }

    /** "1", "0.5", "-1.5": the same in every language, so that a presenter screen and a test read it alike. */}
