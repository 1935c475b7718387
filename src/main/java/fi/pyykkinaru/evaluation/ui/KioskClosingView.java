package fi.pyykkinaru.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.evaluation.ClosingKind;
import fi.pyykkinaru.evaluation.ClosingQuestion;
import fi.pyykkinaru.evaluation.ClosingQuestions;
import fi.pyykkinaru.evaluation.ClosingReply;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.kiosk.KioskLayout;
import fi.pyykkinaru.kiosk.NotFound;
import fi.pyykkinaru.kiosk.Visitor;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Score;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The event's closing questions at the stand, after a visitor's session vote: big choices to tap, a text field with
 * the on-screen keyboard, then thanks and back to the wall. The visitor is the one who voted, so answering again
 * before walking away replaces the first answers.
 */
@Route(value = "closing/:event", layout = KioskLayout.class)
@AnonymousAllowed
class KioskClosingView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph intro = new Paragraph();
    final Div questionList = new Div();
    final Button send = new Button();
    final Button skip = new Button();
    final Paragraph thanks = new Paragraph();
    final Paragraph problems = new Paragraph();
    private final ClosingQuestions closing;
    private final Events events;
    private final Map<Long, ClosingReply> replies = new HashMap<>();
    private final Map<Long, Span> errors = new HashMap<>();
    private final Map<Long, TextArea> texts = new HashMap<>();
    private List<ClosingQuestion> questions = List.of();
    private @Nullable Event event;

    KioskClosingView(ClosingQuestions closing, Events events) {
        this.closing = closing;
        this.events = events;
        setId("kiosk-closing");
        addClassNames("kiosk-feedback", "kiosk-closing");
        intro.addClassName("thanks-line");
        questionList.addClassName("closing-questions");
        send.setId("closing-send");
        send.addClassNames("big-button", "primary");
        send.addClickListener(e -> send());
        skip.setId("closing-skip");
        skip.addClassName("big-button");
        skip.addClickListener(e -> finish(false));
        problems.setId("closing-problems");
        problems.addClassName("closing-error");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        thanks.setId("closing-thanks");
        thanks.addClassName("thanks-line");
        thanks.setVisible(false);
        Div buttons = new Div(skip, send);
        buttons.addClassName("actions");
        add(title, intro, questionList, problems, buttons, thanks);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = navigation.getRouteParameters().get("event").flatMap(events::bySlug).orElse(null);
        questions = event == null ? List.of() : closing.ofEvent(event.requireId());
        if (event == null || questions.isEmpty()) {
            NotFound.show(navigation, "evaluation.page.no-questions");
            return;
        }
        show();
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        title.setText(getTranslation("evaluation.page.title"));
        intro.setText(getTranslation("evaluation.kiosk.intro"));
        send.setText(getTranslation("evaluation.page.send"));
        skip.setText(getTranslation("feedback.skip"));
        thanks.setText(getTranslation("evaluation.page.thanks"));
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.page.title");
    }

    /** The questions in the visitor's language, keeping what was chosen and typed (a language change redraws). */
    private void show() {
        texts.forEach((id, area) -> replies.put(id, new ClosingReply(null, area.getValue())));
        questionList.removeAll();
        errors.clear();
        texts.clear();
        for (ClosingQuestion question : questions) {
            long id = question.requireId();
            Div item = new Div();
            item.setId("closing-" + id);
            item.addClassName("closing-question");
            Span label = new Span(question.text().in(getLocale())
                    + (question.required() ? " " + getTranslation("evaluation.closing.required-mark") : ""));
            label.addClassName("closing-label");
            label.setId("closing-label-" + id);
            item.add(label);
            switch (question.kind()) {
                case TEXT -> {
                    TextArea area = new TextArea();
                    area.setId("q" + id);
                    area.addClassName("field");
                    area.setMaxLength(ClosingReply.TEXT_MAX);
                    area.setAriaLabelledBy("closing-label-" + id);
                    ClosingReply typed = replies.get(id);
                    area.setValue(typed == null || typed.text() == null ? "" : typed.text());
                    texts.put(id, area);
                    item.add(area);
                }
                case SCALE, CHOICE -> item.add(choices(question));
            }
            Span error = new Span();
            error.addClassName("closing-error");
            error.setVisible(false);
            errors.put(id, error);
            item.add(error);
            questionList.add(item);
        }
    }

    private Div choices(ClosingQuestion question) {
        long id = question.requireId();
        Div choices = new Div();
        choices.addClassName(question.kind() == ClosingKind.SCALE ? "kiosk-votes" : "closing-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-labelledby", "closing-label-" + id);
        Map<Integer, String> values = new LinkedHashMap<>();
        if (question.kind() == ClosingKind.SCALE) {
            for (Score score : Score.values()) {
                values.put(score.value(), score.signed() + " " + getTranslation(
                        "evaluation.scale." + score.testId().substring("vote-".length())));
            }
        } else {
            List<String> options = question.options(getLocale());
            for (int i = 0; i < options.size(); i++) {
                values.put(i, options.get(i));
            }
        }
        List<Button> buttons = new ArrayList<>();
        values.forEach((value, text) -> {
            Button choice = new Button(text);
            choice.setId("q" + id + "-" + (value < 0 ? "m" + -value : String.valueOf(value)));
            choice.addClassName(question.kind() == ClosingKind.SCALE
                    ? "kiosk-vote" : "closing-choice");
            if (question.kind() == ClosingKind.SCALE) {
                choice.addClassName("vote-colour-" + Score.of(value).testId().substring(5));
            }
            buttons.add(choice);
            choices.add(choice);
        });
        Runnable pressed = () -> {
            ClosingReply reply = replies.get(id);
            int i = 0;
            for (Integer value : values.keySet()) {
                buttons.get(i++).getElement().setAttribute("aria-pressed",
                        String.valueOf(reply != null && value.equals(reply.choice())));
            }
        };
        int i = 0;
        for (Integer value : values.keySet()) {
            buttons.get(i++).addClickListener(e -> {
                replies.put(id, new ClosingReply(value, null));
                pressed.run();
                // Answered now: its message goes, and the summary only stays while another is still missing.
                Span error = errors.get(id);
                if (error != null) {
                    error.setVisible(false);
                }
                problems.setVisible(errors.values().stream().anyMatch(Span::isVisible));
            });
        }
        pressed.run();
        return choices;
    }

    private void send() {
        Event current = event;
        if (current == null) {
            return;
        }
        texts.forEach((id, area) -> replies.put(id, new ClosingReply(null, area.getValue())));
        Map<Long, String> found = closing.problems(current.requireId(), replies);
        errors.forEach((id, error) -> {
            String problem = found.get(id);
            error.setText(problem == null ? "" : getTranslation(problem));
            error.setVisible(problem != null);
        });
        problems.setText(getTranslation("evaluation.page.problems", found.size()));
        problems.setVisible(!found.isEmpty());
        if (!found.isEmpty()) {
            return;
        }
        closing.answer(current.requireId(), Visitor.voterKey(), replies, Channel.KIOSK.name());
        finish(true);
    }

    private void finish(boolean answered) {
        thanks.setText(getTranslation(answered ? "evaluation.page.thanks" : "feedback.thanks"));
        questionList.setVisible(false);
        send.setVisible(false);
        skip.setVisible(false);
        problems.setVisible(false);
        intro.setVisible(false);
        thanks.setVisible(true);
        KioskLayout.thankThenEndVisit(this, QueryParameters.empty());
    }
}
