package fi.pyykkinaru.harvest.ui;

import fi.pyykkinaru.base.ui.Downloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.FeedbackTable;
import fi.pyykkinaru.harvest.HarvestDocuments;
import fi.pyykkinaru.harvest.ResponseRate;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionFeedback;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * The event's table of programme items: answers and medians, the response rate against staff's attendance counts,
 * on-site and remote results side by side, the remote respondents' regions, and each one's feedback letter.
 */
class FeedbackSection extends Div {

    final Paragraph eventRate = new Paragraph();
    final Grid<SessionFeedback> grid = new Grid<>();
    final Button makeLetters = new Button();
    final ProgressBar progress = new ProgressBar();
    final Anchor ready = new Anchor();

    FeedbackSection(Event event, FeedbackTable feedback, HarvestDocuments documents) {
        setId("harvest-feedback");
        addClassName("harvest-section");
        grid.setId("feedback-table");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> f.session().title()).setHeader(getTranslation("feedback.table.session")).setFlexGrow(3);
        grid.addColumn(f -> f.result().count()).setHeader(getTranslation("feedback.table.answers")).setAutoWidth(true);
        grid.addColumn(f -> f.result().medianText(getLocale())).setHeader(getTranslation("feedback.table.median")).setAutoWidth(true);
        grid.addComponentColumn(f -> cell("feedback-rate-" + f.session().token(),
                FeedbackTable.rate(f).describe(this::words, getLocale()))).setHeader(getTranslation("feedback.table.rate"))
                .setFlexGrow(2);
        grid.addComponentColumn(f -> side(f, SessionFeedback.ON_SITE, feedback)).setHeader(getTranslation("attendance.ON_SITE")).setFlexGrow(2);
        grid.addComponentColumn(f -> side(f, SessionFeedback.REMOTE, feedback)).setHeader(getTranslation("attendance.REMOTE")).setFlexGrow(2);
        grid.addComponentColumn(f -> cell("feedback-remote-regions-" + f.session().token(), f.remoteRegions().entrySet().stream()
                        .map(r -> region(r.getKey()) + " " + (feedback.small(r.getValue()) ? fewer(feedback)
                                : String.valueOf(r.getValue().count()))).collect(Collectors.joining(" · "))))
                .setHeader(getTranslation("feedback.table.remote-regions")).setFlexGrow(2);
        grid.addComponentColumn(f -> {
            Session session = f.session();
            var letter = Downloads.link("feedback-letter-" + session.token(), () -> "feedback-" + session.token() + ".pdf",
                    "application/pdf", () -> documents.feedbackLetter(session, event, getLocale()));
            letter.setText(getTranslation("print.pdf"));
            return letter;
        }).setHeader(getTranslation("feedback.table.letter")).setAutoWidth(true);
        List<SessionFeedback> programme = feedback.breakdowns(event.requireId());
        grid.setItems(programme);
        eventRate.setId("feedback-event-rate");
        eventRate.addClassName("feedback-event-rate");
        eventRate.setText(ResponseRate.describeEvent(programme.stream().mapToLong(f -> f.result().count()).sum(),
                feedback.visitors(event.requireId()), this::words, getLocale()));
        makeLetters.setId("feedback-letters-make");
        makeLetters.setText(getTranslation("feedback.letters.all"));
        makeLetters.addClickListener(e -> makeLetters(event, feedback, documents));
        progress.setId("feedback-letters-progress");
        progress.setVisible(false);
        ready.setId("feedback-letters");
        ready.setVisible(false);
        Div letters = new Div(makeLetters, progress, ready);
        letters.addClassName("staff-tools");
        add(new H2(getTranslation("harvest.section.feedback")), eventRate, letters, grid);
    }

    /**
     * One side's answers: how many and their median, and below it how many gave each choice; a side of a few answers
     * only says it is small, and then neither side shows its choices (one side's less the session's would tell).
     */
    private Div side(SessionFeedback session, String followed, FeedbackTable feedback) {
        FeedbackResult result = session.attended(followed);
        boolean anySmall = java.util.stream.Stream.of(SessionFeedback.ON_SITE, SessionFeedback.REMOTE, SessionFeedback.NOT_SAID)
                .anyMatch(side -> feedback.small(session.attended(side)));
        Div cell = new Div(new Span(feedback.small(result) ? fewer(feedback)
                : getTranslation("feedback.side.summary", result.count(), result.medianText(getLocale()))));
        Span distribution = new Span(java.util.Arrays.stream(Score.values())
                .map(score -> score.signed() + ": " + result.distribution().get(score)).collect(Collectors.joining(" · ")));
        distribution.addClassName("feedback-distribution");
        if (!anySmall) {
            cell.add(distribution);
        }
        cell.setId("feedback-" + (followed.equals(SessionFeedback.REMOTE) ? "remote" : "onsite") + "-" + session.session().token());
        cell.addClassName("feedback-side");
        return cell;
    }

    private String fewer(FeedbackTable feedback) {
        return getTranslation(fi.pyykkinaru.privacy.SmallGroups.FEWER_THAN, feedback.minGroup());
    }

    private static Span cell(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    private String words(String key, Object[] args) {
        return getTranslation(key, args);
    }

    private String region(String code) {
        if (code.isEmpty()) {
            return getTranslation("slip.region.none");
        }
        try {
            return getTranslation(fi.pyykkinaru.event.Region.valueOf(code).labelKey());
        } catch (IllegalArgumentException e) {
            return code;
        }
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
                        done -> ui.access(() -> progress.setValue(done))),
                        // The letters' audit entry names whoever asked, off the request's thread too.
                        new org.springframework.security.concurrent.DelegatingSecurityContextExecutor(ForkJoinPool.commonPool()))
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
