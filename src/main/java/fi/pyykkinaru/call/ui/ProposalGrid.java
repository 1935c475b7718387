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

    void columns(Locale locale) {
        removeAllColumns();
        addColumn(r -> getTranslation("call.board.status." + r.proposal().status().name()))
                .setHeader(getTranslation("call.board.column.status")).setAutoWidth(true).setFlexGrow(0)
                .setKey("status");
        addComponentColumn(ProposalGrid::who).setHeader(getTranslation("call.board.column.proposal")).setFlexGrow(4)
                .setKey("proposal");
        addColumn(ProposalRow::reviewCount).setHeader(getTranslation("call.board.column.reviews")).setAutoWidth(true)
                .setFlexGrow(0).setKey("reviews");
        addComponentColumn(r -> scores(r, locale)).setHeader(getTranslation("call.board.column.mean"))
                .setFlexGrow(1).setKey("mean");
        addColumn(r -> getTranslation(r.reviewedByMe() ? "call.board.mine.done" : "call.board.mine.todo"))
                .setHeader(getTranslation("call.board.column.mine")).setAutoWidth(true).setFlexGrow(0).setKey("mine");
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
        if (row.summary().isEmpty()) {
            cell.add(new Span(getTranslation("call.board.mean.hidden")));
            return cell;
        }
        ReviewSummary summary = row.summary().get();
        if (summary.mean().isEmpty()) {
            cell.add(new Span("—"));
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
