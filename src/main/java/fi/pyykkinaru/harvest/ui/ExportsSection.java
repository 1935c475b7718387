package fi.pyykkinaru.harvest.ui;

import fi.pyykkinaru.base.ui.Downloads;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.harvest.BenchBriefs;
import fi.pyykkinaru.harvest.Exports;
import fi.pyykkinaru.harvest.HarvestDocuments;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * CSV exports (full or anonymised) and all of them as one Excel workbook, the day summary, and the bench-café
 * brief (edited in {@link BriefEditor}) as PDFs. Each file is made when its
 * link is followed; what is chosen here is read then.
 */
class ExportsSection extends Div {

    final Select<Exports.Kind> kind = new Select<>();
    final Checkbox anonymised = new Checkbox();
    final Anchor csv;
    final Anchor xlsx;
    final Anchor daySummary;
    final Select<Line> briefLine = new Select<>();
    final Anchor brief;
    final Button editBrief = new Button();
    // Read by the download handlers, which run outside this UI's request: volatile copies of the choices.
    private volatile Exports.Kind chosenKind = Exports.Kind.SLIPS;
    private volatile boolean chosenAnonymised;
    private volatile @Nullable Line chosenLine;
    private volatile Locale locale;

    ExportsSection(Event event, List<Line> lines, Exports exports, HarvestDocuments documents, BenchBriefs briefs,
            @Nullable String a4Printer, Supplier<@Nullable LocalDate> day, Clock clock) {
        setId("harvest-exports");
        addClassName("harvest-section");
        locale = getLocale();
        kind.setId("export-kind");
        kind.setLabel(getTranslation("exports.csv"));
        kind.setItems(Exports.Kind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("exports." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(Exports.Kind.SLIPS);
        kind.addValueChangeListener(e -> chosenKind = e.getValue() == null ? Exports.Kind.SLIPS : e.getValue());
        anonymised.setId("export-anonymised");
        anonymised.setLabel(getTranslation("exports.anonymised"));
        anonymised.addValueChangeListener(e -> chosenAnonymised = e.getValue());
        csv = Downloads.link("export-csv", () -> Exports.fileName(chosenKind, event.slug(), chosenAnonymised),
                "text/csv;charset=utf-8", () -> exports.csv(chosenKind, event, chosenAnonymised, locale));
        csv.setText(getTranslation("exports.csv") + " ↓");
        csv.addClassName("download-button");
        xlsx = Downloads.link("export-xlsx", () -> Exports.workbookName(event.slug(), chosenAnonymised),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> exports.xlsx(event, chosenAnonymised, locale));
        xlsx.setText(getTranslation("exports.xlsx") + " ↓");
        xlsx.addClassName("download-button");
        // The day chosen in the overview, else today (or the event's first day when it is not on).
        Supplier<LocalDate> summaryDay = () -> {
            LocalDate chosen = day.get();
            LocalDate today = LocalDate.now(clock);
            return chosen != null ? chosen : event.runsOn(today) ? today : event.startsOn();
        };
        daySummary = Downloads.link("day-summary-pdf", () -> event.slug() + "-" + summaryDay.get() + ".pdf",
                "application/pdf", () -> documents.daySummary(event, summaryDay.get(), locale));
        daySummary.setText(getTranslation("exports.day-summary"));
        daySummary.addClassName("download-button");
        briefLine.setId("brief-line");
        briefLine.setLabel(getTranslation("exports.brief.line"));
        briefLine.setItems(lines);
        briefLine.setItemLabelGenerator(l -> l == null ? "" : l.prompt().in(getLocale()));
        // The bench café's own line, else the organiser chooses: a brief of another line would go to the
        // decision-makers as if it were theirs.
        chosenLine = BenchBriefs.benchCafeLine(lines).orElse(null);
        if (chosenLine != null) {
            briefLine.setValue(chosenLine);
        } else {
            briefLine.setHelperText(getTranslation("exports.brief.choose"));
        }
        brief = Downloads.link("bench-brief-pdf", () -> event.slug() + "-brief.pdf", "application/pdf", () -> {
            Line line = chosenLine;
            if (line == null) {
                throw new IllegalStateException("No line to brief on");
            }
            return briefs.pdf(event, line, locale);
        });
        brief.setText(getTranslation("exports.brief"));
        brief.setEnabled(chosenLine != null);
        editBrief.setId("brief-edit");
        editBrief.setText(getTranslation("brief.edit"));
        editBrief.setEnabled(chosenLine != null);
        editBrief.addClickListener(e -> {
            Line line = chosenLine;
            if (line != null) {
                new BriefEditor(event, line, briefs, a4Printer).open();
            }
        });
        briefLine.addValueChangeListener(e -> {
            chosenLine = e.getValue();
            brief.setEnabled(e.getValue() != null);
            editBrief.setEnabled(e.getValue() != null);
            briefLine.setHelperText(e.getValue() == null ? getTranslation("exports.brief.choose") : null);
        });
        brief.addClassName("download-button");
        Div csvRow = new Div(kind, anonymised, csv, xlsx);
        csvRow.addClassName("staff-tools");
        Div pdfRow = new Div(daySummary, briefLine, editBrief, brief);
        pdfRow.addClassName("staff-tools");
        add(new H2(getTranslation("harvest.section.exports")), csvRow, pdfRow);
    }
}
