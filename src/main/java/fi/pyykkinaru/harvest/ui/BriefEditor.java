package fi.pyykkinaru.harvest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.pyykkinaru.base.ui.Downloads;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineAnswer;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.harvest.BenchBrief;
import fi.pyykkinaru.harvest.BenchBriefs;
import fi.pyykkinaru.printing.PrintJob;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The bench-café brief as the organiser makes it: the line's answers on the left (narrowed by theme or region),
 * picked as quotes into the brief on the right and put in order there, a few sentences per theme below them, and a
 * preview that reads as the PDF does. Each change is saved as it is made; printing and the download take the brief
 * as saved.
 */
class BriefEditor extends Dialog {

    final Select<String> theme = new Select<>();
    final Select<String> region = new Select<>();
    final H3 answersHeading = new H3();
    final Div answerList = new Div();
    final Div quoteList = new Div();
    final Map<String, TextArea> summaries = new LinkedHashMap<>();
    final Button preview = new Button();
    final Div previewArea = new Div();
    final Button print = new Button();
    final Anchor download;
    final Span message = new Span();
    private final Event event;
    private final Line line;
    private final BenchBriefs briefs;
    private final Map<String, String> themeNames;
    private final Locale locale;

    BriefEditor(Event event, Line line, BenchBriefs briefs, @Nullable String a4Printer) {
        this.event = event;
        this.line = line;
        this.briefs = briefs;
        this.locale = getLocale();
        themeNames = event.themes().stream().collect(Collectors.toMap(Theme::code, t -> t.label().in(locale),
                (a, b) -> a, LinkedHashMap::new));
        setId("brief-editor");
        addClassName("brief-editor");
        setHeaderTitle(getTranslation("brief.title", line.prompt().in(locale)));
        setWidth("min(1500px, 96vw)");

        List<LineAnswer> answers = briefs.answers(line);
        theme.setId("brief-theme");
        theme.setLabel(getTranslation("brief.filter.theme"));
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("brief.filter.all"));
        theme.setItems(themeNames.keySet().stream()
                .filter(code -> answers.stream().anyMatch(a -> a.themes().contains(code))).toList());
        theme.setItemLabelGenerator(code -> code == null ? getTranslation("brief.filter.all") : themeNames.getOrDefault(code, code));
        theme.addValueChangeListener(e -> showAnswers());
        region.setId("brief-region");
        region.setLabel(getTranslation("brief.filter.region"));
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("brief.filter.all"));
        region.setItems(answers.stream().map(LineAnswer::region).filter(Objects::nonNull).distinct()
                .sorted().map(r -> Objects.requireNonNull(r)).toList());
        region.setItemLabelGenerator(code -> code == null ? getTranslation("brief.filter.all") : regionName(code));
        region.addValueChangeListener(e -> showAnswers());
        Div filters = new Div(theme, region);
        filters.addClassName("harvest-filters");
        answerList.setId("brief-answers");
        answerList.addClassName("brief-list");
        Div answersColumn = new Div(answersHeading, filters, answerList);
        answersColumn.addClassName("brief-column");

        quoteList.setId("brief-quotes");
        quoteList.addClassName("brief-list");
        Div summaryFields = new Div();
        summaryFields.addClassName("brief-summaries");
        BenchBrief saved = briefs.of(line);
        themeNames.forEach((code, name) -> {
            TextArea summary = new TextArea(name);
            summary.setId("brief-summary-" + code);
            summary.setMaxLength(BenchBrief.SUMMARY_MAX);
            summary.setValue(Objects.requireNonNullElse(saved.summary(code), ""));
            summary.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    briefs.summarise(line, code, e.getValue());
                    changed();
                }
            });
            summaries.put(code, summary);
            summaryFields.add(summary);
        });
        Paragraph summaryHelp = new Paragraph(getTranslation("brief.summary.help"));
        summaryHelp.addClassName("brief-help");
        Div briefColumn = new Div(new H3(getTranslation("brief.quotes")), quoteList,
                new H3(getTranslation("brief.summaries")), summaryHelp, summaryFields);
        briefColumn.addClassName("brief-column");
        Div columns = new Div(answersColumn, briefColumn);
        columns.addClassName("brief-columns");

        previewArea.setId("brief-preview");
        previewArea.addClassName("brief-preview");
        previewArea.setVisible(false);
        add(columns, previewArea);

        preview.setId("brief-preview-show");
        preview.setText(getTranslation("brief.preview"));
        preview.addClickListener(e -> {
            previewArea.setVisible(true);
            showPreview();
            previewArea.scrollIntoView();
        });
        print.setId("brief-print");
        print.setText(getTranslation("brief.print"));
        print.addClickListener(e -> print(a4Printer));
        download = Downloads.link("brief-download", () -> event.slug() + "-brief.pdf", "application/pdf",
                () -> briefs.pdf(event, line, locale));
        download.setText(getTranslation("brief.download"));
        download.addClassName("download-button");
        message.setId("brief-message");
        message.getElement().setAttribute("role", "status");
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("brief-close");
        getFooter().add(message, preview, print, download, close);
        showAnswers();
        showQuotes();
    }

    private void showAnswers() {
        List<Long> picked = briefs.of(line).slipIds();
        List<LineAnswer> shown = briefs.answers(line).stream()
                .filter(a -> theme.getValue() == null || a.themes().contains(theme.getValue()))
                .filter(a -> region.getValue() == null || Objects.equals(region.getValue(), a.region()))
                .toList();
        answersHeading.setText(getTranslation("brief.answers", shown.size()));
        answerList.removeAll();
        if (shown.isEmpty()) {
            answerList.add(new Paragraph(getTranslation("brief.answers.none")));
        }
        for (LineAnswer answer : shown) {
            boolean isPicked = picked.contains(answer.slipId());
            Button pick = new Button(getTranslation(isPicked ? "brief.picked" : "brief.pick"), e -> {
                briefs.pick(line, answer.slipId());
                changed();
            });
            pick.setId("brief-pick-" + answer.slipId());
            pick.setEnabled(!isPicked);
            // The organiser picks by the real region; the quotes below read as the brief will publish them.
            Div row = new Div(words(answer, Set.of()), pick);
            row.addClassName("brief-row");
            row.getElement().setAttribute("data-slip", String.valueOf(answer.slipId()));
            answerList.add(row);
        }
    }

    private void showQuotes() {
        List<LineAnswer> quotes = briefs.quotes(line);
        Set<String> smallRegions = briefs.smallRegions(briefs.answers(line));
        quoteList.removeAll();
        if (quotes.isEmpty()) {
            quoteList.add(new Paragraph(getTranslation("brief.quotes.none")));
        }
        for (int i = 0; i < quotes.size(); i++) {
            LineAnswer quote = quotes.get(i);
            long id = quote.slipId();
            Button up = iconButton("↑", "brief.up", "brief-up-" + id, () -> briefs.move(line, id, -1));
            up.setEnabled(i > 0);
            Button down = iconButton("↓", "brief.down", "brief-down-" + id, () -> briefs.move(line, id, 1));
            down.setEnabled(i < quotes.size() - 1);
            Button drop = iconButton("✕", "brief.drop", "brief-drop-" + id, () -> briefs.drop(line, id));
            Span number = new Span((i + 1) + ".");
            number.addClassName("brief-number");
            Div row = new Div(number, words(quote, smallRegions), up, down, drop);
            row.addClassName("brief-row");
            row.addClassName("brief-quote");
            row.getElement().setAttribute("data-slip", String.valueOf(id));
            quoteList.add(row);
        }
    }

    private Button iconButton(String symbol, String labelKey, String id, Runnable action) {
        Button button = new Button(symbol, e -> {
            action.run();
            changed();
        });
        button.setId(id);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName("brief-icon");
        return button;
    }

    private Div words(LineAnswer answer, Set<String> smallRegions) {
        Span text = new Span(answer.text());
        text.addClassName("brief-text");
        Span by = new Span(briefs.attribution(answer, themeNames, smallRegions, locale));
        by.addClassName("brief-by");
        Div words = new Div(text, by);
        words.addClassName("brief-words");
        return words;
    }

    private void changed() {
        showAnswers();
        showQuotes();
        message.setText(getTranslation("brief.saved"));
        if (previewArea.isVisible()) {
            showPreview();
        }
    }

    private void showPreview() {
        BenchBriefs.Content content = briefs.content(event, line, locale);
        previewArea.removeAll();
        previewArea.add(new H3(content.title()), new Paragraph(content.intro()));
        for (BenchBriefs.Section section : content.themes()) {
            Div theme = new Div(new Span(section.heading()), new Paragraph(section.text()));
            theme.addClassName("brief-preview-theme");
            previewArea.add(theme);
        }
        for (BenchBriefs.Section quote : content.quotes()) {
            Div block = new Div(new Paragraph(quote.heading()), new Span(quote.text()));
            block.addClassName("brief-preview-quote");
            previewArea.add(block);
        }
    }

    private void print(@Nullable String a4Printer) {
        try {
            PrintJob job = briefs.print(event, line, locale, a4Printer);
            message.setText(getTranslation("brief.printed", job.id()));
        } catch (RuntimeException e) {
            message.setText(getTranslation("brief.print.failed", Objects.requireNonNullElse(e.getMessage(), "")));
        }
    }

    private String regionName(String code) {
        try {
            return getTranslation(Region.valueOf(code).labelKey());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
