package fi.pyykkinaru.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.base.ui.Downloads;
import fi.pyykkinaru.base.ui.StaffLayout;
import fi.pyykkinaru.evaluation.ClosingQuestion;
import fi.pyykkinaru.evaluation.ClosingQuestions;
import fi.pyykkinaru.evaluation.ClosingResult;
import fi.pyykkinaru.evaluation.EvaluationFigures;
import fi.pyykkinaru.evaluation.EvaluationReport;
import fi.pyykkinaru.evaluation.EventGoal;
import fi.pyykkinaru.evaluation.GoalStatus;
import fi.pyykkinaru.evaluation.Goals;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.kiosk.NeedsEvent;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.text.ExportTable;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The organisers' evaluation of an event: the closing questions visitors are asked, the sub-goals written before
 * the event and marked after it beside the figures that bear on them, the answers so far, and the report for the
 * funder. The stand's event unless another is chosen ({@code ?event=slug}).
 */
@Route(value = "staff/evaluation", layout = StaffLayout.class)
@RolesAllowed("ORGANISER")
class EvaluationView extends Div implements BeforeEnterObserver, HasDynamicTitle, NeedsEvent {

    final Select<Event> eventChoice = new Select<>();
    final H1 heading = new H1();
    final Div questions = new Div();
    final Button addQuestion = new Button();
    final TextArea goalNew = new TextArea();
    final Button goalAdd = new Button();
    final Div goals = new Div();
    final Div results = new Div();
    final Anchor report;
    final Anchor csv;
    final Anchor xlsx;
    private final ThisStand stand;
    private final Events events;
    private final ClosingQuestions closing;
    private final Goals goalService;
    private final EvaluationFigures figures;
    private Event event;
    // Read by the download handlers, which run outside this UI's request.
    private volatile Locale locale;

    EvaluationView(ThisStand stand, Events events, ClosingQuestions closing, Goals goalService,
            EvaluationFigures figures, EvaluationReport reports) {
        this.stand = stand;
        this.events = events;
        this.closing = closing;
        this.goalService = goalService;
        this.figures = figures;
        this.event = stand.event();
        this.locale = getLocale();
        setId("evaluation-view");
        addClassNames("staff", "evaluation");
        eventChoice.setId("evaluation-event");
        eventChoice.setLabel(getTranslation("harvest.filter.event"));
        eventChoice.setItemLabelGenerator(e -> e == null ? "" : e.name());
        eventChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("staff/evaluation", QueryParameters.of("event", e.getValue().slug()));
            }
        });
        Div top = new Div(heading, eventChoice);
        top.addClassName("staff-top");

        addQuestion.setId("closing-add");
        addQuestion.setText(getTranslation("evaluation.closing.add"));
        addQuestion.addClickListener(e -> new QuestionDialog(closing, event.requireId(), null, this::show).open());
        Paragraph closingHelp = new Paragraph(getTranslation("evaluation.closing.help"));
        closingHelp.addClassName("staff-help");
        Div closingSection = section("evaluation-closing", "evaluation.closing", closingHelp, questions, addQuestion);

        goalNew.setId("goal-new");
        goalNew.setLabel(getTranslation("evaluation.goal.new"));
        goalNew.setMaxLength(EventGoal.TEXT_MAX);
        goalNew.setWidthFull();
        goalAdd.setId("goal-add");
        goalAdd.setText(getTranslation("evaluation.goal.add"));
        goalAdd.addClassName("primary");
        goalAdd.addClickListener(e -> addGoal());
        Paragraph goalHelp = new Paragraph(getTranslation("evaluation.goals.help"));
        goalHelp.addClassName("staff-help");
        Div goalSection = section("evaluation-goals", "evaluation.goals", goalHelp, goals, goalNew, goalAdd);

        report = Downloads.link("evaluation-report-pdf", () -> event.slug() + "-evaluation.pdf", "application/pdf",
                () -> reports.pdf(event, locale));
        report.setText(getTranslation("evaluation.report"));
        report.addClassName("download-button");
        csv = Downloads.link("closing-csv", () -> event.slug() + "-closing-answers.csv", "text/csv;charset=utf-8",
                () -> table().csv(locale));
        csv.setText(getTranslation("evaluation.export.csv"));
        csv.addClassName("download-button");
        xlsx = Downloads.link("closing-xlsx", () -> event.slug() + "-closing-answers.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> table().xlsx(getTranslation("evaluation.closing")));
        xlsx.setText(getTranslation("evaluation.export.xlsx"));
        xlsx.addClassName("download-button");
        Div files = new Div(report, csv, xlsx);
        files.addClassName("staff-tools");
        Div resultSection = section("evaluation-results", "evaluation.results", results, files);
        add(top, goalSection, closingSection, resultSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = navigation.getLocation().getQueryParameters().getSingleParameter("event").flatMap(events::bySlug)
                .orElse(stand.event());
        locale = getLocale();
        List<Event> all = events.all();
        eventChoice.setItems(all);
        all.stream().filter(e -> Objects.equals(e.id(), event.id())).findFirst().ifPresent(eventChoice::setValue);
        heading.setText(getTranslation("evaluation.title", event.name()));
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.title", event.name());
    }

    private void show() {
        showQuestions();
        showGoals();
        showResults();
    }

    private void showQuestions() {
        questions.removeAll();
        List<ClosingQuestion> all = closing.ofEvent(event.requireId());
        if (all.isEmpty()) {
            questions.add(new Paragraph(getTranslation("evaluation.closing.none")));
        }
        for (ClosingQuestion question : all) {
            long id = question.requireId();
            Span text = new Span(question.text().in(getLocale()));
            text.addClassName("evaluation-item-text");
            Span kind = new Span(getTranslation("evaluation.closing.kind." + question.kind().name())
                    + (question.required() ? " · " + getTranslation("evaluation.closing.required.label") : "")
                    + " · " + getTranslation("evaluation.figure.answers", closing.answers(id)));
            kind.addClassName("evaluation-item-meta");
            Button up = small("↑", "closing-up-" + id, "evaluation.up", () -> closing.move(id, -1));
            Button down = small("↓", "closing-down-" + id, "evaluation.down", () -> closing.move(id, 1));
            Button edit = new Button(getTranslation("evaluation.edit"),
                    e -> new QuestionDialog(closing, event.requireId(), question, this::show).open());
            edit.setId("closing-edit-" + id);
            Button remove = asking("closing-remove-" + id, getTranslation("evaluation.remove.closing.title"),
                    getTranslation("evaluation.remove.closing.text", question.text().in(getLocale()),
                            closing.answers(id)), () -> closing.remove(id));
            Div actions = new Div(up, down, edit, remove);
            actions.addClassName("evaluation-item-actions");
            Div item = new Div(new Div(text, kind), actions);
            item.setId("closing-item-" + id);
            item.addClassName("evaluation-item");
            questions.add(item);
        }
    }

    private void showGoals() {
        goals.removeAll();
        List<EventGoal> all = goalService.ofEvent(event.requireId());
        List<EvaluationFigures.Figure> available = figures.all(event.requireId(), getLocale());
        Map<String, EvaluationFigures.Figure> byKey = available.stream()
                .collect(Collectors.toMap(EvaluationFigures.Figure::key, f -> f, (a, b) -> a, java.util.LinkedHashMap::new));
        int n = 1;
        for (EventGoal goal : all) {
            goals.add(goal(n++, goal, byKey));
        }
    }

    private Component goal(int number, EventGoal goal, Map<String, EvaluationFigures.Figure> byKey) {
        long id = goal.requireId();
        H3 text = new H3(number + ". " + goal.text());
        text.setId("goal-text-" + id);
        RadioButtonGroup<GoalStatus> status = new RadioButtonGroup<>();
        status.setId("goal-status-" + id);
        status.setLabel(getTranslation("evaluation.goal.status"));
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(goal.status());
        TextArea comment = new TextArea(getTranslation("evaluation.goal.comment"));
        comment.setId("goal-comment-" + id);
        comment.setMaxLength(EventGoal.COMMENT_MAX);
        comment.setWidthFull();
        comment.setValue(goal.comment() == null ? "" : goal.comment());
        CheckboxGroup<String> chosen = new CheckboxGroup<>();
        chosen.setId("goal-figures-" + id);
        chosen.setLabel(getTranslation("evaluation.goal.figures"));
        chosen.setItems(byKey.keySet());
        chosen.setItemLabelGenerator(key -> {
            EvaluationFigures.Figure figure = byKey.get(key);
            return figure == null ? key : figure.label() + ": " + figure.value();
        });
        chosen.setValue(new java.util.LinkedHashSet<>(goal.figureKeys().stream().filter(byKey::containsKey).toList()));
        chosen.addClassName("goal-figure-choice");
        Div shown = new Div();
        shown.setId("goal-shown-figures-" + id);
        shown.addClassName("harvest-figures");
        for (EvaluationFigures.Figure figure : figures.of(goal, List.copyOf(byKey.values()))) {
            Span label = new Span(figure.label());
            label.addClassName("harvest-figure-label");
            Span value = new Span(figure.value());
            value.addClassName("harvest-figure-value");
            Div item = new Div(label, value);
            item.addClassName("harvest-figure");
            shown.add(item);
        }
        Button save = new Button(getTranslation("evaluation.goal.save"));
        save.setId("goal-save-" + id);
        save.addClassName("primary");
        save.addClickListener(e -> {
            // The figures in the order they are listed, which is the harvest's order.
            List<String> keys = byKey.keySet().stream().filter(chosen.getValue()::contains).toList();
            goalService.mark(id, goal.version(), status.getValue(), comment.getValue(), keys);
            show();
        });
        Button up = small("↑", "goal-up-" + id, "evaluation.up", () -> goalService.move(id, -1));
        Button down = small("↓", "goal-down-" + id, "evaluation.down", () -> goalService.move(id, 1));
        Button remove = asking("goal-remove-" + id, getTranslation("evaluation.remove.goal.title"),
                getTranslation("evaluation.remove.goal.text", goal.text()), () -> goalService.remove(id));
        Div actions = new Div(save, up, down, remove);
        actions.addClassName("evaluation-item-actions");
        Div card = new Div(text, shown, status, comment, chosen, actions);
        card.setId("goal-" + id);
        card.addClassName("evaluation-goal");
        return card;
    }

    private void showResults() {
        results.removeAll();
        List<ClosingResult> all = closing.results(event.requireId());
        Paragraph respondents = new Paragraph(getTranslation("evaluation.pdf.respondents",
                closing.respondents(event.requireId())));
        respondents.setId("closing-respondents");
        results.add(respondents);
        for (ClosingResult result : all) {
            Div item = new Div();
            item.setId("closing-result-" + result.question().requireId());
            item.addClassName("evaluation-result");
            Span question = new Span(result.question().text().in(getLocale()));
            question.addClassName("evaluation-item-text");
            Span summary = new Span(closing.summary(result, getLocale()));
            summary.addClassName("evaluation-item-meta");
            item.add(question, summary);
            if (!result.labelled(getLocale()).isEmpty()) {
                item.add(new Span(result.labelled(getLocale()).entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "))));
            }
            result.texts().stream().limit(5).forEach(t -> item.add(new Paragraph("“" + t + "”")));
            results.add(item);
        }
    }

    private void addGoal() {
        if (goalNew.getValue().isBlank()) {
            goalNew.setInvalid(true);
            goalNew.setErrorMessage(getTranslation("evaluation.goal.missing"));
            return;
        }
        goalNew.setInvalid(false);
        goalService.add(event.requireId(), goalNew.getValue());
        goalNew.clear();
        show();
    }

    private ExportTable table() {
        return closing.export(event.requireId(), locale, getTranslation("evaluation.export.number"),
                getTranslation("evaluation.export.date"), getTranslation("evaluation.export.channel"));
    }

    /** A removal asks first, saying what goes: a question takes its answers along. */
    private Button asking(String id, String title, String text, Runnable action) {
        Button button = new Button(getTranslation("evaluation.remove"), e -> new Confirmation(title, text,
                getTranslation("evaluation.remove"), () -> {
                    action.run();
                    show();
                }).open());
        button.setId(id);
        button.setAriaLabel(getTranslation("evaluation.remove"));
        return button;
    }

    private Button small(String text, String id, String labelKey, Runnable action) {
        Button button = new Button(text, e -> {
            action.run();
            show();
        });
        button.setId(id);
        button.setAriaLabel(getTranslation(labelKey));
        return button;
    }

    private Div section(String id, String headingKey, Component... parts) {
        Div section = new Div(new H2(getTranslation(headingKey)));
        section.add(parts);
        section.setId(id);
        section.addClassName("harvest-section");
        return section;
    }
}
