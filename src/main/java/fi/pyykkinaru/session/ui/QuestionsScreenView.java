package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.live.Subscribers;
import fi.pyykkinaru.session.AskedQuestion;
import fi.pyykkinaru.session.Questions;
import fi.pyykkinaru.session.QuestionsBroadcaster;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session's questions for the room's projector: the shown ones, the starred one first and highlighted, then by
 * votes, large enough to read from the back of the room, updated within a second of every question, vote and
 * moderator's tap. Where to ask stands beside them, with the session's QR code.
 */
@Route(value = "s/:token/questions", autoLayout = false)
@AnonymousAllowed
@CssImport("./styles/pyykkinaru.css")
class QuestionsScreenView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph askHere = new Paragraph();
    final Image qr = new Image();
    final OrderedList list = new OrderedList();
    final Paragraph empty = new Paragraph();
    final Paragraph notFound = new Paragraph();
    private final Sessions sessions;
    private final Questions questions;
    private final QuestionsBroadcaster broadcaster;
    private final PublicAddress address;
    private @Nullable Session session;
    private Subscribers.Subscription subscription = () -> { };

    QuestionsScreenView(Sessions sessions, Questions questions, QuestionsBroadcaster broadcaster,
            PublicAddress address) {
        this.sessions = sessions;
        this.questions = questions;
        this.broadcaster = broadcaster;
        this.address = address;
        setId("questions-screen");
        addClassName("questions-screen");
        // A presenter's screen without a layout is its own main landmark.
        getElement().setAttribute("role", "main");
        list.setId("questions-screen-list");
        list.addClassName("questions-screen-list");
        empty.setId("questions-screen-empty");
        empty.addClassName("questions-screen-empty");
        askHere.addClassName("questions-screen-ask");
        qr.addClassName("questions-screen-qr");
        notFound.setId("results-not-found");
        notFound.setVisible(false);
        Div head = new Div(new Div(title, askHere), qr);
        head.addClassName("questions-screen-head");
        add(head, list, empty, notFound);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        session = sessions.byToken(event.getRouteParameters().get("token").orElse("")).orElse(null);
        notFound.setVisible(session == null);
        title.setText(session == null ? "" : session.title());
        qr.setVisible(session != null);
        if (session != null) {
            qr.setSrc("/s/" + session.token() + "/qr.png?size=360");
        }
        follow(event.getUI());
        refresh();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        notFound.setText(getTranslation("feedback.not-found"));
        empty.setText(getTranslation("questions.screen.empty"));
        qr.setAlt(getTranslation("questions.title"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (session == null ? getTranslation("feedback.not-found.title")
                : getTranslation("questions.title") + ": " + session.title()) + " – Pyykkinaru";
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
        list.removeAll();
        if (session == null) {
            askHere.setText("");
            empty.setVisible(false);
            return;
        }
        askHere.setText(getTranslation("questions.screen.ask", address.base() + "/s/" + session.token()));
        List<AskedQuestion> shown = questions.onScreen(session);
        shown.forEach(q -> list.add(item(q)));
        empty.setVisible(shown.isEmpty());
    }

    private ListItem item(AskedQuestion asked) {
        Span text = new Span(asked.question().body());
        text.addClassName("question-text");
        Span votes = new Span(getTranslation("questions.votes", asked.votes()));
        votes.addClassName("question-votes");
        Div meta = new Div(votes);
        meta.addClassName("question-meta");
        if (asked.question().starred()) {
            Span star = new Span("★ " + getTranslation("questions.starred"));
            star.addClassName("question-star");
            meta.addComponentAsFirst(star);
        }
        if (asked.question().answered()) {
            Span answered = new Span("✓ " + getTranslation("questions.answered"));
            answered.addClassName("question-answered");
            meta.add(answered);
        }
        ListItem item = new ListItem(text, meta);
        item.setId("question-" + asked.id());
        item.addClassName("question");
        item.addClassName(asked.question().starred() ? "starred" : "not-starred");
        if (asked.question().answered()) {
            item.addClassName("answered");
        }
        return item;
    }
}
