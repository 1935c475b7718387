package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.Criterion;
import fi.pyykkinaru.call.Review;
import fi.pyykkinaru.call.ReviewBoard;
import fi.pyykkinaru.call.Reviewer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The viewer's scores on a proposal, 1-5 per criterion with + and - to tap, and a comment. Problems are said at
 * their fields and nothing typed is cleared.
 */
class ReviewForm extends Div {

    final Map<String, IntegerField> scores = new LinkedHashMap<>();
    final TextArea comment = new TextArea();
    final Button save = new Button();
    private final Call call;
    private final long proposalId;
    private final ReviewBoard board;
    private final Reviewer viewer;
    private final Runnable saved;

    ReviewForm(Call call, long proposalId, Optional<Review> mine, ReviewBoard board, Reviewer viewer, Runnable saved) {
        this.call = call;
        this.proposalId = proposalId;
        this.board = board;
        this.viewer = viewer;
        this.saved = saved;
        setId("review-form");
        addClassName("review-form");
        add(new H3(getTranslation(mine.isPresent() ? "call.board.review.mine" : "call.board.review.title")));
        Div fields = new Div();
        fields.addClassName("review-scores");
        for (Criterion criterion : call.criteria()) {
            IntegerField field = new IntegerField(criterion.label().in(getLocale()));
            field.setId("score-" + criterion.key());
            field.addClassName("score-field");
            field.setMin(Criterion.LOWEST);
            field.setMax(Criterion.HIGHEST);
            field.setStep(1);
            field.setStepButtonsVisible(true);
            // The + and - buttons change the value without a change event: every step reaches the server.
            field.setValueChangeMode(ValueChangeMode.EAGER);
            // Our messages, in the viewer's language, instead of the field's own checks.
            field.setManualValidation(true);
            field.setHelperText(getTranslation("call.board.score.help"));
            mine.map(r -> r.scores().get(criterion.key())).ifPresent(s -> field.setValue(s.score()));
            scores.put(criterion.key(), field);
            fields.add(field);
        }
        comment.setId("review-comment");
        comment.setLabel(getTranslation("call.board.review.comment"));
        comment.setMaxLength(Review.MAX_COMMENT);
        comment.setWidthFull();
        comment.setManualValidation(true);
        mine.map(Review::comment).ifPresent(comment::setValue);
        save.setId("review-save");
        save.addClassNames("big-button", "primary");
        save.setText(getTranslation("call.board.review.save"));
        save.addClickListener(e -> save());
        add(fields, comment, save);
    }

    private void save() {
        Map<String, @Nullable Integer> given = new HashMap<>();
        scores.forEach((key, field) -> given.put(key, field.getValue()));
        Map<String, String> problems = ReviewBoard.problems(call, given, comment.getValue());
        scores.forEach((key, field) -> {
            String problem = problems.get(key);
            field.setInvalid(problem != null);
            field.setErrorMessage(problem == null ? "" : getTranslation(problem, Criterion.LOWEST, Criterion.HIGHEST));
        });
        String commentProblem = problems.get("comment");
        comment.setInvalid(commentProblem != null);
        comment.setErrorMessage(commentProblem == null ? "" : getTranslation(commentProblem, Review.MAX_COMMENT));
        if (!problems.isEmpty()) {
            return;
        }
        Map<String, Integer> checked = new HashMap<>();
        scores.forEach((key, field) -> checked.put(key, field.getValue()));
        board.saveReview(proposalId, viewer, checked, comment.getValue());
        saved.run();
    }
}
