package fi.pyykkinaru.harvest.ui;

import fi.pyykkinaru.base.ui.Downloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.FeedbackTable;
import fi.pyykkinaru.harvest.HarvestDocuments;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Session;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The event's table of programme items with their answers and medians, and each one's feedback letter. */
class FeedbackSection extends Div {

    final Grid<Map.Entry<Session, FeedbackResult>> grid = new Grid<>();
    final Button makeLetters = new Button();
    final ProgressBar progress = new ProgressBar();
    final Anchor ready = new Anchor();

    FeedbackSection(Event event, FeedbackTable feedback, HarvestDocuments documents) {
        setId("harvest-feedback");
        addClassName("harvest-section");
        grid.setId("feedback-table");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> e.getKey().title()).setHeader(getTranslation("feedback.table.session")).setFlexGrow(3);
        grid.addColumn(e -> e.getValue().count()).setHeader(getTranslation("feedback.table.answers")).setAutoWidth(true);
        grid.addColumn(e -> e.getValue().medianText(getLocale())).setHeader(getTranslation("feedback.table.median")).setAutoWidth(true);
        grid.addComponentColumn(e -> {
            var letter = Downloads.link("feedback-letter-" + e.getKey().token(), () -> "feedback-" + e.getKey().token() + ".pdf",
                    "application/pdf", () -> documents.feedbackLetter(e.getKey(), event, getLocale()));
            letter.setText(getTranslation("print.pdf"));
            return letter;
        }).setHeader(getTranslation("feedback.table.letter")).setAutoWidth(true);
        grid.setItems(new ArrayList<>(feedback.table(event.requireId()).entrySet()));
        makeLetters.setId("feedback-letters-make");
        makeLetters.setText(getTranslation("feedback.letters.all"));
        makeLetters.addClickListener(e -> makeLetters(event, feedback, documents));
        progress.setId("feedback-letters-progress");
        progress.setVisible(false);
        ready.setId("feedback-letters");
        ready.setVisible(false);
        Div letters = new Div(makeLetters, progress, ready);
        letters.addClassName("staff-tools");
        add(new H2(getTranslation("harvest.section.feedback")), letters, grid);
    }

    /**
     * All letters drawn off the request, with progress shown, then offered as one file: a programme of a hundred
     * sessions takes a while.
     */
    private void makeLetters(Event event, FeedbackTable feedback, HarvestDocuments documents) {
        UI ui = UI.getCurrent();
        List<Session> sessions = new ArrayList<>(feedback.table(event.requireId()).keySet());
        java.util.Locale locale = getLocale();
        makeLetters.setEnabled(false);
        ready.setVisible(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(Math.max(1, sessions.size()));
        progress.setValue(0);
        CompletableFuture.supplyAsync(() -> documents.feedbackLetters(sessions, event, locale,
                        done -> ui.access(() -> progress.setValue(done))))
                .whenComplete((pdf, failure) -> ui.access(() -> {
                    progress.setVisible(false);
                    makeLetters.setEnabled(true);
                    if (failure == null) {
                        ready.setHref(DownloadHandler.fromInputStream(d -> new DownloadResponse(new ByteArrayInputStream(pdf),
                                event.slug() + "-feedback-letters.pdf", "application/pdf", pdf.length)));
                        ready.setText(getTranslation("feedback.letters.ready", sessions.size()));
                        ready.setVisible(true);
                    }
                }));
    }
}
