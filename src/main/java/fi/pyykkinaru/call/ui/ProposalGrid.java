package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.call.ProposalRow;
import fi.pyykkinaru.call.ReviewSummary;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The call's proposals, one row each: status in words, title with who is responsible, reviews, mean and spread
 * (ties and disagreements said in words, not only by colour), and whether the viewer has reviewed it.
 */
class ProposalGrid extends Grid<ProposalRow> {

    ProposalGrid() {
        setId("proposal-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addClassName("proposal-grid");
        setAllRowsVisible(true);
    }

    /** Three columns, so that a 390 px phone shows them without scrolling sideways. */
    void columns(Locale locale) {
        removeAllColumns();
        addComponentColumn(this::status).setHeader(getTranslation("call.board.column.status")).setAutoWidth(true)
                .setFlexGrow(0).setKey("status");
        addComponentColumn(ProposalGrid::who).setHeader(getTranslation("call.board.column.proposal")).setFlexGrow(3)
                .setKey("proposal");
        addComponentColumn(r -> scores(r, locale)).setHeader(getTranslation("call.board.column.reviews"))
                .setFlexGrow(1).setKey("reviews");
    }

    private Div status(ProposalRow row) {
        Span status = new Span(getTranslation("call.board.status." + row.proposal().status().name()));
        status.addClassName("proposal-state");
        Span mine = new Span(getTranslation(row.reviewedByMe() ? "call.board.mine.done" : "call.board.mine.todo"));
        mine.addClassName("proposal-mine");
        return new Div(status, mine);
    }

    private static Div who(ProposalRow row) {
        Proposal p = row.proposal();
        Span title = new Span(p.title() == null || p.title().isBlank() ? "—" : p.title());
        title.addClassName("proposal-title");
        String by = String.join(", ", java.util.stream.Stream.of(p.responsibleName(), p.responsibleOrganisation())
                .filter(s -> s != null && !s.isBlank()).map(s -> (String) s).toList());
        Span person = new Span(by);
        person.addClassName("proposal-by");
        return new Div(title, person);
    }

    private Div scores(ProposalRow row, Locale locale) {
        Div cell = new Div();
        cell.addClassName("proposal-scores");
        cell.add(new Span(getTranslation("call.board.reviews.count", row.reviewCount())));
        if (row.summary().isEmpty()) {
            cell.add(new Span(getTranslation("call.board.mean.hidden")));
            return cell;
        }
        ReviewSummary summary = row.summary().get();
        if (summary.mean().isEmpty()) {
            return cell;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        cell.add(new Span(getTranslation("call.board.mean.value", number.format(summary.mean().getAsDouble()),
                number.format(summary.spread().orElse(0)))));
        if (row.tied()) {
            cell.add(mark("call.board.tie", "proposal-tie"));
        }
        if (summary.disagreement()) {
            cell.add(mark("call.board.disagreement", "proposal-disagreement"));
        }
        return cell;
    }

    private Span mark(String key, String className) {
        Span mark = new Span(getTranslation(key));
        mark.addClassNames("proposal-mark", className);
        return mark;
    }
}
