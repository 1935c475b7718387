package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.call.ProposalStatus;
import fi.pyykkinaru.call.Question;
import fi.pyykkinaru.call.QuestionKind;
import fi.pyykkinaru.call.ReviewBoard;
import fi.pyykkinaru.call.Reviewer;
import fi.pyykkinaru.call.Scheduling;
import fi.pyykkinaru.event.Event;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One proposal opened on the board: its answers question by question and its contact, the viewer's review form,
 * everyone's reviews once the viewer may see them, and the organiser's decision and scheduling.
 */
class ProposalPanel extends Div {

    final Div actions = new Div();
    @Nullable ReviewForm form;
    private final Event event;
    private final Call call;
    private final Proposal proposal;
    private final ReviewBoard board;
    private final Scheduling scheduling;
    private final Reviewer viewer;
    private final Runnable changed;

    ProposalPanel(Event event, Call call, Proposal proposal, ReviewBoard board, Scheduling scheduling, Reviewer viewer,
            Runnable changed) {
        this.event = event;
        this.call = call;
        this.proposal = proposal;
        this.board = board;
        this.scheduling = scheduling;
        this.viewer = viewer;
        this.changed = changed;
        setId("proposal-detail");
        addClassName("proposal-detail");
        H2 title = new H2(proposal.title() == null || proposal.title().isBlank() ? "—" : proposal.title());
        Span status = new Span(getTranslation("call.board.status." + proposal.status().name()));
        status.setId("proposal-status");
        status.addClassNames("proposal-status", "status-" + proposal.status().name().toLowerCase(java.util.Locale.ROOT));
        add(title, status);
        actions.setId("proposal-actions");
        actions.addClassName("proposal-actions");
        if (viewer.organiser()) {
            organiserActions();
            add(actions);
        }
        add(answers());
        boolean reviewable = proposal.status() != ProposalStatus.DRAFT && proposal.status() != ProposalStatus.WITHDRAWN;
        ReviewBoard.ProposalReviews reviews = board.reviews(call, proposal.requireId(), viewer);
        if (reviewable) {
            form = new ReviewForm(call, proposal.requireId(), reviews.mine(), board, viewer, changed);
            add(form);
        }
        add(new ReviewList(call, reviews));
    }

    private Div answers() {
        Div answers = new Div();
        answers.setId("proposal-answers");
        answers.addClassName("proposal-answers");
        for (Question question : call.questions()) {
            answers.add(new H3(question.label().in(getLocale())));
            if (question.kind() == QuestionKind.CONTACT) {
                Div contact = new Div();
                contact.setId("proposal-contact");
                contact.addClassName("proposal-contact");
                Stream.of(proposal.responsibleName(), proposal.responsibleOrganisation(), proposal.responsibleEmail(),
                        proposal.responsiblePhone()).filter(s -> s != null && !s.isBlank())
                        .forEach(s -> contact.add(new Paragraph(s)));
                answers.add(contact);
            } else {
                answers.add(answer(question));
            }
        }
        return answers;
    }

    private Paragraph answer(Question question) {
        String text = proposal.answer(question.key());
        if (question.kind() == QuestionKind.YES_NO || question.kind() == QuestionKind.CONSENT) {
            boolean yes = "yes".equals(text);
            text = text.isBlank() ? "" : getTranslation(yes ? "call.board.answer.yes" : "call.board.answer.no");
        }
        Paragraph shown = new Paragraph(text.isBlank() ? getTranslation("call.board.answer.none") : text);
        shown.addClassName("proposal-answer");
        return shown;
    }

    private void organiserActions() {
        ProposalStatus status = proposal.status();
        if (status == ProposalStatus.SUBMITTED || status == ProposalStatus.IN_REVIEW) {
            actions.add(button("proposal-choose", "call.board.choose", true,
                    () -> new DecisionDialog(call, proposal, true, board, viewer, changed).open()));
            actions.add(button("proposal-decline", "call.board.decline", false,
                    () -> new DecisionDialog(call, proposal, false, board, viewer, changed).open()));
        }
        if (status.decided()) {
            String message = proposal.decisionMessage();
            if (message != null && !message.isBlank()) {
                Paragraph sent = new Paragraph(getTranslation("call.board.decision.sent", message));
                sent.setId("proposal-decision-message");
                sent.addClassName("proposal-decision-message");
                actions.add(sent);
            }
            actions.add(button("proposal-undecide", "call.board.undecide", false, this::undecide));
        }
        if (status == ProposalStatus.CHOSEN && call.kind() == CallKind.SESSIONS) {
            actions.add(button("proposal-to-programme", proposal.sessionId() == null ? "call.board.to-programme"
                    : "call.board.to-programme.again", true,
                    () -> new ToProgrammeDialog(event, call, proposal, scheduling, changed).open()));
        }
        if (status == ProposalStatus.CHOSEN && call.kind() == CallKind.TAKEOVER) {
            actions.add(button("proposal-to-programme", proposal.slotId() == null ? "call.board.to-stand"
                    : "call.board.to-stand.again", true,
                    () -> new ToStandDialog(event, proposal, scheduling, changed).open()));
        }
    }

    private void undecide() {
        new Confirmation(getTranslation("call.board.undecide.title"), getTranslation("call.board.undecide.text"),
                getTranslation("call.board.undecide"), () -> {
                    board.undecide(proposal.requireId(), viewer);
                    changed.run();
                }).open();
    }

    private Button button(String id, String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        button.addClassName("big-button");
        if (primary) {
            button.addClassName("primary");
        }
        return button;
    }
}
