package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.FeedbackReport;
import fi.pyykkinaru.harvest.HarvestDocuments;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Session;
import java.util.ArrayList;
import java.util.Map;

/** The event's table of programme items with their answers and medians, and each one's feedback letter. */
class FeedbackSection extends Div {

    final Grid<Map.Entry<Session, FeedbackResult>> grid = new Grid<>();

    FeedbackSection(Event event, FeedbackReport feedback, HarvestDocuments documents) {
        setId("harvest-feedback");
        addClassName("harvest-section");
        grid.setId("feedback-table");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> e.getKey().title()).setHeader(getTranslation("feedback.table.session")).setFlexGrow(3);
        grid.addColumn(e -> e.getValue().count()).setHeader(getTranslation("feedback.table.answers")).setAutoWidth(true);
        grid.addColumn(e -> e.getValue().medianText()).setHeader(getTranslation("feedback.table.median")).setAutoWidth(true);
        grid.addComponentColumn(e -> {
            var letter = Downloads.link("feedback-letter-" + e.getKey().token(), () -> "feedback-" + e.getKey().token() + ".pdf",
                    "application/pdf", () -> documents.feedbackLetter(e.getKey(), event, getLocale()));
            letter.setText(getTranslation("print.pdf"));
            return letter;
        }).setHeader(getTranslation("feedback.table.letter")).setAutoWidth(true);
        grid.setItems(new ArrayList<>(feedback.table(event.id()).entrySet()));
        var letters = Downloads.link("feedback-letters", () -> event.slug() + "-feedback-letters.pdf", "application/pdf",
                () -> documents.feedbackLetters(new ArrayList<>(feedback.table(event.id()).keySet()), event, getLocale(),
                        done -> { }));
        letters.setText(getTranslation("feedback.letters.all"));
        add(new H2(getTranslation("harvest.section.feedback")), letters, grid);
    }
}
