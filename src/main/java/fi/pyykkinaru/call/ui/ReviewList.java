package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.Criterion;
import fi.pyykkinaru.call.ReviewBoard;
import fi.pyykkinaru.call.ReviewScore;
import java.text.NumberFormat;

/**
 * Everyone's reviews of a proposal, once the viewer may see them: the mean per criterion, then each reviewer's (or
 * jury member's) scores and comment. Before that it says why they are not shown.
 */
class ReviewList extends Div {

    ReviewList(Call call, ReviewBoard.ProposalReviews reviews) {
        setId("review-list");
        addClassName("review-list");
        add(new H3(getTranslation("call.board.reviews.title")));
        if (!reviews.othersVisible()) {
            add(new Paragraph(getTranslation("call.board.reviews.hidden")));
            return;
        }
        if (reviews.all().isEmpty()) {
            add(new Paragraph(getTranslation("call.board.reviews.none")));
            return;
        }
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(2);
        Div means = new Div();
        means.setId("review-means");
        means.addClassName("review-means");
        for (Criterion criterion : call.criteria()) {
            Double mean = reviews.meanPerCriterion().get(criterion.key());
            means.add(line(criterion.label().in(getLocale()), mean == null ? "—" : number.format(mean)));
        }
        add(means);
        for (ReviewBoard.ShownReview shown : reviews.all()) {
            Div one = new Div();
            one.addClassName("review-one");
            String by = shown.jury() ? getTranslation("call.board.reviews.jury", shown.by()) : shown.by();
            Span who = new Span(by);
            who.addClassName("review-by");
            one.add(who);
            for (Criterion criterion : call.criteria()) {
                ReviewScore score = shown.review().scores().get(criterion.key());
                one.add(line(criterion.label().in(getLocale()), score == null ? "—" : Integer.toString(score.score())));
            }
            String comment = shown.review().comment();
            if (comment != null) {
                Paragraph text = new Paragraph(comment);
                text.addClassName("review-comment");
                one.add(text);
            }
            add(one);
        }
    }

    private static Div line(String label, String value) {
        Span name = new Span(label);
        Span number = new Span(value);
        number.addClassName("review-score");
        Div line = new Div(name, number);
        line.addClassName("review-line");
        return line;
    }
}
